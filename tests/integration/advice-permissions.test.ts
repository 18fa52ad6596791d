/**
 * Advice stays the body's until it is submitted, and advisers give advice and nothing else: every
 * way into a draft from outside the body answers like a wrong id (the round's lead, who sees the
 * round, is told its report waits for the advice); advisers cannot answer, open rounds, amend or
 * write the text (a real y-websocket client's writes are dropped); leads act only on their own
 * document; the order of things holds; anchors must name the frozen version, and an anchored point
 * is in its passage's section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Advice, AdviceRoundList, AdviceRoundSummary, DocumentAdvicePoints } from '../../shared/api/advice.js';
import { documentRoom } from '../../shared/protocol/rooms.js';
import { signInAll, type SignedInAccount } from '../utils/accounts.js';
import type { ApiAnswer, ApiClient } from '../utils/api.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, documentText, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { anchorOf, fetchVersionDoc, plainText } from '../utils/versionAnchors.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
const clients: SyncClient[] = [];
let accounts: Record<string, SignedInAccount> = {};
const as = (who: string) => accounts[who]!;
const GUESSED = 'a'.repeat(24);

/** DELETE, which the JSON client does not send. */
async function del(who: string, path: string): Promise<ApiAnswer> {
  const response = await fetch(`${server.url}/api${path}`, { method: 'DELETE', headers: { cookie: as(who).cookie, origin: server.origin } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** A round on a version taken now, with the CPG's draft advice holding one anchored point and a general text. */
async function draftRound(question: string): Promise<{ roundId: string; adviceId: string; pointId: string; versionId: string }> {
  const opened = await as('lead').api.post<AdviceRoundSummary>('/advice-rounds', {
    documentId: 'kiv',
    versionName: `Versie voor ${question}`,
    bodyEntityId: 'cpg',
    question,
    consultationDate: '2030-01-10',
    deadline: { date: '2030-01-31', time: '17:00' },
  });
  expect(opened.status).toBe(201);
  const { id: roundId, versionId } = opened.body;
  const adviceId = (await as('adviser').api.get<AdviceRoundSummary>(`/advice-rounds/${roundId}`)).body.adviceId!;
  const frozen = await fetchVersionDoc(server, as('adviser').cookie, versionId);
  const phrase = plainText(sectionParagraphText(frozen, 'kiv-3')).slice(0, 25);
  const added = await as('adviser').api.post<Advice>(`/advice/${adviceId}/points`, { anchor: anchorOf(frozen, 'kiv-3', phrase), sectionId: null, body: 'Intern punt.' });
  expect(added.status).toBe(201);
  expect((await as('adviser').api.patch(`/advice/${adviceId}`, { generalText: 'Interne tekst.' })).status).toBe(200);
  return { roundId, adviceId, pointId: added.body.points[0]!.id, versionId };
}

beforeAll(async () => {
  server = await startTestServer();
  // Another advisory body with an adviser of its own.
  server.services.db.prepare("INSERT INTO entities (id, name, level, parent_id, sort) VALUES ('hoge-raad', 'Hoge Raad voor de Justitie', 'judicial', NULL, 99)").run();
  const hash = server.services.users.findByEmail('adviser@cpg.example')!.passwordHash;
  server.services.users.create({ id: 'hrj-adviser', email: 'adviser@hrj.example', name: 'Ander Advies', entityId: 'hoge-raad', passwordHash: hash, role: 'adviser' });
  const emails = {
    lead: 'lead@justitie.example',
    nvpLead: 'lead@politie.example',
    adviser: 'adviser@cpg.example',
    otherAdviser: 'adviser@hrj.example',
    kabinet: 'kabinet@vlaanderen.example',
    coordinator: 'coordinator@vlaanderen.example',
    wallonie: 'contributor@wallonie.example',
    politie: 'contributor@politie.example',
    reader: 'reader@binnenland.example',
    admin: 'admin@akkoord.example',
  };
  accounts = await signInAll(server, emails);
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('a draft advice is the body\'s own', () => {
  it('answers every way in from outside the body exactly like an id that does not exist', async () => {
    const { roundId, adviceId, pointId } = await draftRound('Vertrouwelijk?');
    const outsiders = ['lead', 'nvpLead', 'otherAdviser', 'kabinet', 'coordinator', 'wallonie', 'politie', 'reader', 'admin'];
    const adviceWays = (api: ApiClient, id: string) => [
      api.get(`/advice/${id}`),
      api.patch(`/advice/${id}`, { generalText: 'Overgenomen.' }),
      api.post(`/advice/${id}/points`, { anchor: null, sectionId: null, body: 'Ingeslopen.' }),
      api.post(`/advice/${id}/submit`),
    ];
    const pointWays = (api: ApiClient, who: string, id: string) => [
      api.patch(`/advice-points/${id}`, { body: 'Overgenomen.' }),
      del(who, `/advice-points/${id}`),
      api.post(`/advice-points/${id}/answer`, { answer: 'followed', explanation: '', links: [] }),
    ];
    for (const who of outsiders) {
      const api = as(who).api;
      const hidden = [...(await Promise.all(adviceWays(api, adviceId))), ...(await Promise.all(pointWays(api, who, pointId)))];
      const unknown = [...(await Promise.all(adviceWays(api, GUESSED))), ...(await Promise.all(pointWays(api, who, GUESSED)))];
      hidden.forEach((answer, index) => {
        expect(answer, `${who} #${index}`).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        expect(answer.body, `${who} #${index}`).toEqual(unknown[index]!.body);
      });
      // The report needs submitted advice: the lead, who sees the round, is told it is not in yet; everyone
      // else gets the same 404 as for a round that does not exist.
      const report = await api.get(`/advice-rounds/${roundId}/report.docx`);
      if (who === 'lead') {
        expect(report).toMatchObject({ status: 409, body: { error: { code: 'not_submitted' } } });
      } else {
        expect(report).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        expect(report.body).toEqual((await api.get(`/advice-rounds/${GUESSED}/report.docx`)).body);
      }
      // Nothing of the draft shows on the text.
      expect((await api.get<DocumentAdvicePoints>('/documents/kiv/advice-points')).body.points).toEqual([]);
    }

    // The lead sees the round (it is theirs) without its advice; everyone else not even the round.
    const leadRound = await as('lead').api.get<AdviceRoundSummary>(`/advice-rounds/${roundId}`);
    expect(leadRound).toMatchObject({ status: 200, body: { adviceId: null, adviceSubmittedAt: null, may: { draft: false, submit: false, answer: false } } });
    for (const who of outsiders.filter((w) => w !== 'lead')) {
      const answer = await as(who).api.get(`/advice-rounds/${roundId}`);
      expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      expect(answer.body).toEqual((await as(who).api.get(`/advice-rounds/${GUESSED}`)).body);
      expect((await as(who).api.get<AdviceRoundList>('/advice-rounds')).body.rounds.map((r) => r.id)).not.toContain(roundId);
    }

    // The body's own adviser sees the round too, and is told the same about the report.
    expect(await as('adviser').api.get(`/advice-rounds/${roundId}/report.docx`)).toMatchObject({ status: 409, body: { error: { code: 'not_submitted' } } });

    // Nothing changed: the body sees its draft as it left it, and only its own acts are audited.
    const own = await as('adviser').api.get<Advice>(`/advice/${adviceId}`);
    expect(own.body).toMatchObject({ status: 'draft', generalText: 'Interne tekst.', points: [{ id: pointId, body: 'Intern punt.', answer: null }] });
    expect(server.services.audit.forSubject(`advice:${adviceId}`).map((e) => e.action)).toEqual(['advice.updated']);
    expect(server.services.audit.forSubject(`advice-point:${pointId}`).map((e) => e.action)).toEqual(['advice.point_added']);
  });
});

describe('advisers give advice and nothing else', () => {
  it('cannot answer, open rounds, take versions or amend', async () => {
    const { adviceId, pointId } = await draftRound('Alleen advies?');
    expect((await as('adviser').api.post(`/advice/${adviceId}/submit`)).status).toBe(200);
    const adviser = as('adviser').api;
    expect(await adviser.post(`/advice-points/${pointId}/answer`, { answer: 'followed', explanation: '', links: [] })).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await adviser.post('/advice-rounds', { documentId: 'kiv', versionName: 'Eigen versie', bodyEntityId: 'cpg', question: 'Mag ik?', consultationDate: '2030-01-10', deadline: { date: '2030-01-31', time: '17:00' } })).toMatchObject({ status: 403 });
    expect((await adviser.post('/documents/kiv/versions', { name: 'Eigen versie' })).status).toBe(403);
    expect((await adviser.post('/amendments', { documentId: 'kiv', sectionId: 'kiv-3', title: 'Eigen tekst', justification: 'Waarom niet.' })).status).toBe(403);
    // The lead may answer it; the body's adviser still sees the answer.
    expect((await as('lead').api.post(`/advice-points/${pointId}/answer`, { answer: 'followed', explanation: '', links: [] })).status).toBe(200);
    expect((await adviser.get<Advice>(`/advice/${adviceId}`)).body.points[0]!.answer).toMatchObject({ answer: 'followed', byName: 'Sofie Claes' });
  });

  it("drops an adviser's writes to the main text: the room stays as it was", async () => {
    const roomText = () => server.services.rooms.read(documentRoom('kiv'), (room) => documentText(room.doc));
    const adviserUpdates = () =>
      server.services.db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM attribution_log a JOIN users u ON u.id = a.user_id WHERE a.room = 'doc:kiv' AND u.email = ?").get('adviser@cpg.example')!.n;
    const before = roomText();
    const client = connectClient(server, 'doc:kiv', as('adviser').cookie);
    clients.push(client);
    await waitFor(() => client.provider.synced, 'adviser synced');
    sectionParagraphText(client.doc, 'kiv-3').insert(0, 'Het CPG herschrijft dit. ');
    await client.roundTrip();
    expect(client.readOnly()).toBe(true);
    expect(roomText()).toBe(before);
    expect(adviserUpdates()).toBe(0);
    // A lead connecting now gets the text without the adviser's words.
    const lead = connectClient(server, 'doc:kiv', as('lead').cookie);
    clients.push(lead);
    await waitFor(() => lead.provider.synced, 'lead synced');
    expect(documentText(lead.doc)).not.toContain('Het CPG herschrijft dit.');
  });
});

describe('leads act on their own document only', () => {
  it('refuses a round on the KIV from anyone but its lead', async () => {
    const round = { documentId: 'kiv', versionName: 'Niet van mij', bodyEntityId: 'cpg', question: 'Vraag', consultationDate: '2030-01-10', deadline: { date: '2030-01-31', time: '17:00' } };
    for (const who of ['nvpLead', 'kabinet', 'coordinator', 'reader', 'admin', 'politie']) {
      expect(await as(who).api.post('/advice-rounds', round), who).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    }
    expect(await as('lead').api.post('/advice-rounds', { ...round, documentId: 'nvp' })).toMatchObject({ status: 403 });
    const anonymous = await fetch(`${server.url}/api/advice-rounds`, { method: 'POST', headers: { origin: server.origin, 'content-type': 'application/json' }, body: JSON.stringify(round) });
    expect(anonymous.status).toBe(401);
    expect((await as('lead').api.post('/advice-rounds', { ...round, documentId: 'nergens' })).status).toBe(404);
    // None of them took a version either.
    const versions = server.services.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM versions WHERE name = 'Niet van mij'").get()!.n;
    expect(versions).toBe(0);
  });

  it("lets only the KIV's lead answer and close, not the NVP's", async () => {
    const { roundId, adviceId, pointId } = await draftRound('Welke lead?');
    await as('adviser').api.post(`/advice/${adviceId}/submit`);
    expect((await as('nvpLead').api.post(`/advice-points/${pointId}/answer`, { answer: 'followed', explanation: '', links: [] })).status).toBe(403);
    expect((await as('nvpLead').api.post(`/advice-rounds/${roundId}/close`)).status).toBe(403);
    expect((await as('lead').api.post(`/advice-rounds/${roundId}/close`)).status).toBe(200);
  });
});

describe('the order of things', () => {
  it('refuses answers to a draft and changes after submission or closing', async () => {
    const { adviceId, pointId } = await draftRound('Volgorde?');
    const adviser = as('adviser').api;
    expect(await adviser.post(`/advice-points/${pointId}/answer`, { answer: 'followed', explanation: '', links: [] })).toMatchObject({ status: 409, body: { error: { code: 'not_submitted' } } });
    expect((await as('lead').api.post(`/advice-points/${pointId}/answer`, { answer: 'followed', explanation: '', links: [] })).status).toBe(404);

    expect((await adviser.post(`/advice/${adviceId}/submit`)).status).toBe(200);
    const refused = [
      await adviser.post(`/advice/${adviceId}/points`, { anchor: null, sectionId: null, body: 'Nog iets.' }),
      await adviser.patch(`/advice-points/${pointId}`, { body: 'Anders.' }),
      await del('adviser', `/advice-points/${pointId}`),
      await adviser.patch(`/advice/${adviceId}`, { generalText: 'Anders.' }),
      await adviser.post(`/advice/${adviceId}/submit`),
    ];
    for (const answer of refused) expect(answer).toMatchObject({ status: 409, body: { error: { code: 'not_a_draft' } } });
    expect((await adviser.get<Advice>(`/advice/${adviceId}`)).body).toMatchObject({ generalText: 'Interne tekst.', points: [{ body: 'Intern punt.' }] });

    // A round closed before its advice came in: the draft can no longer move.
    const closed = await draftRound('Gesloten?');
    expect((await as('lead').api.post(`/advice-rounds/${closed.roundId}/close`)).status).toBe(200);
    expect(await adviser.post(`/advice/${closed.adviceId}/points`, { anchor: null, sectionId: null, body: 'Te laat.' })).toMatchObject({ status: 409, body: { error: { code: 'round_closed' } } });
    expect(await adviser.post(`/advice/${closed.adviceId}/submit`)).toMatchObject({ status: 409, body: { error: { code: 'round_closed' } } });
  });

  it('refuses anchors that do not name a passage of the frozen version', async () => {
    const { adviceId, versionId } = await draftRound('Ankers?');
    const adviser = as('adviser').api;
    // Text the lead types after the version exists in the main text, not in the version.
    const main = connectClient(server, 'doc:kiv', as('lead').cookie);
    clients.push(main);
    await waitFor(() => main.provider.synced, 'lead synced');
    sectionParagraphText(main.doc, 'kiv-5').insert(0, 'Nieuwe zin na de versie. ');
    await main.saved();
    const frozen = await fetchVersionDoc(server, as('adviser').cookie, versionId);
    const phrase = plainText(sectionParagraphText(frozen, 'kiv-5')).slice(0, 20);
    const good = anchorOf(frozen, 'kiv-5', phrase);
    const point = (anchor: unknown, sectionId: string | null = null) => adviser.post(`/advice/${adviceId}/points`, { anchor, sectionId, body: 'Punt.' });

    const cases: [unknown, string | null, string][] = [
      [anchorOf(main.doc, 'kiv-5', 'Nieuwe zin na de versie.'), null, 'anchor_unknown'],
      [{ start: { item: { client: 4_000_000_000, clock: 3 } }, end: good.end }, null, 'anchor_unknown'],
      [{ start: good.start, end: good.start }, null, 'passage_empty'],
      [{ start: good.end, end: good.start }, null, 'anchor_reversed'],
      [{ start: { ...good.start, tname: 'other' }, end: good.end }, null, 'validation_failed'],
      [good, 'nvp-1', 'validation_failed'],
    ];
    for (const [anchor, sectionId, code] of cases) {
      expect(await point(anchor, sectionId), code).toMatchObject({ status: 400, body: { error: { code } } });
    }
    expect((await adviser.get<Advice>(`/advice/${adviceId}`)).body.points).toHaveLength(1);

    // A section other than the passage's is refused and changes nothing: the point would be filed under the wrong heading.
    expect(await point(good, 'kiv-1')).toMatchObject({ status: 400, body: { error: { code: 'section_mismatch' } } });
    expect((await adviser.get<Advice>(`/advice/${adviceId}`)).body.points).toHaveLength(1);

    // The same phrase anchored in the version is taken, quoted from the version, in the passage's section,
    // whether the section is left to the server or named.
    const taken = await point(good);
    expect(taken).toMatchObject({ status: 201, body: { points: [{}, { quote: phrase.trim(), sectionId: 'kiv-5', passageNow: 'unchanged' }] } });
    const named = await point(good, 'kiv-5');
    expect((named.body as Advice).points[2]).toMatchObject({ sectionId: 'kiv-5', quote: phrase.trim() });
    // A general point still names any section of the document.
    const general = await point(null, 'kiv-1');
    expect((general.body as Advice).points[3]).toMatchObject({ sectionId: 'kiv-1', quote: null, anchor: null });
  });
});
