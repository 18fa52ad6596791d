/**
 * An advice round through a real server, real HTTP and a real y-websocket client: the KIV lead opens
 * a round taking a version; the CPG's adviser anchors points on the frozen version while the lead
 * edits the same passage in the main text; the advice is submitted, answered with links, shown on
 * the current text (changed, deleted, unchanged) and reported as DOCX; every step is audited and
 * the right people are notified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Advice, AdviceRoundList, AdviceRoundSummary, DocumentAdvicePoints } from '../../shared/api/advice.js';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { VersionList, VersionSummary } from '../../shared/api/versions.js';
import { documentRoom } from '../../shared/protocol/rooms.js';
import { signInAll, type SignedInAccount } from '../utils/accounts.js';
import { brussels, testClock } from '../utils/clock.js';
import { docxEntry } from '../utils/docx.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, documentText, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { anchorOf, docxText, fetchVersionDoc, plainText } from '../utils/versionAnchors.js';
import { waitFor } from '../utils/waitFor.js';

const clock = testClock();
let server: TestServer & { origin: string };
const clients: SyncClient[] = [];
let accounts: Record<string, SignedInAccount> = {};
const as = (who: string) => accounts[who]!;

const synced = async (room: string, who: string) => {
  const client = connectClient(server, room, as(who).cookie);
  clients.push(client);
  await waitFor(() => client.provider.synced, `${room} synced`);
  return client;
};

/** Notification rows of advice kinds, as (email, kind) pairs, oldest first. */
const adviceNotifications = () =>
  server.services.db
    .prepare<[], { email: string; kind: string; params: string; link: string | null }>(
      `SELECT u.email, n.kind, n.params, n.link FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.kind IN ('advice_round_opened', 'advice_received', 'advice_answered') ORDER BY n.id`,
    )
    .all();

beforeAll(async () => {
  clock.set(brussels('2026-01-20', '10:00'));
  server = await startTestServer({ clock });
  accounts = await signInAll(server, {
    lead: 'lead@justitie.example',
    adviser: 'adviser@cpg.example',
    kabinet: 'kabinet@vlaanderen.example',
    coordinator: 'coordinator@vlaanderen.example',
    reader: 'reader@binnenland.example',
  });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('an advice round from opening to report', () => {
  it('runs on a frozen version while the main text moves on', async () => {
    const lead = as('lead').api;
    const adviser = as('adviser').api;
    const main = await synced('doc:kiv', 'lead');
    const round = {
      documentId: 'kiv',
      versionName: 'Ontwerp voor advies CPG',
      bodyEntityId: 'cpg',
      question: 'Heeft het College opmerkingen bij de strafrechtelijke aanpak?',
      consultationDate: '2026-01-28',
      deadline: { date: '2026-02-09', time: '17:00' },
    };

    // Refused openings change nothing: no round, no version.
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ deadline: { date: '2026-01-20', time: '09:59' } }, 400, 'deadline_in_past'],
      [{ deadline: { date: '2026-03-29', time: '02:30' } }, 400, 'deadline_nonexistent'],
      [{ bodyEntityId: 'fod-justitie' }, 400, 'body_is_lead'],
      [{ bodyEntityId: 'vlaanderen-unit-1' }, 400, 'body_not_top_level'],
      [{ bodyEntityId: 'nergens' }, 400, 'body_unknown'],
      // The Flemish government has coordinators and contributors but no adviser: nobody could answer.
      [{ bodyEntityId: 'vlaanderen' }, 400, 'body_without_advisers'],
      [{ consultationDate: '2026-02-10' }, 400, 'consultation_after_deadline'],
      [{ deadline: { date: '2031-01-21', time: '09:00' } }, 400, 'deadline_too_far'],
      [{ deadline: { date: '2026-02-31', time: '17:00' } }, 400, 'deadline_invalid'],
      [{ consultationDate: '2026-02-30' }, 400, 'validation_failed'],
      [{ versionId: 'aaaaaaaaaaaaaaaaaaaaaaaa', versionName: undefined }, 400, 'version_unknown'],
      [{ versionId: 'x' }, 400, 'validation_failed'],
    ];
    for (const [change, status, code] of refusals) {
      const answer = await lead.post('/advice-rounds', { ...round, ...change });
      expect(answer, code).toMatchObject({ status, body: { error: { code } } });
    }
    expect((await lead.get<AdviceRoundList>('/advice-rounds')).body.rounds).toEqual([]);
    expect((await lead.get<VersionList>('/documents/kiv/versions')).body.versions).toEqual([]);

    const opened = await lead.post<AdviceRoundSummary>('/advice-rounds', round);
    expect(opened.status).toBe(201);
    const summary = opened.body;
    expect(summary).toMatchObject({
      documentId: 'kiv',
      versionName: 'Ontwerp voor advies CPG',
      bodyEntityId: 'cpg',
      bodyName: 'College van Procureurs-Generaal',
      consultationDate: '2026-01-28',
      deadlineAt: brussels('2026-02-09', '17:00'),
      status: 'open',
      createdByName: 'Sofie Claes',
      // The lead runs the round but does not see the body's draft.
      adviceId: null,
      may: { draft: false, submit: false, answer: false, close: true },
    });
    const version = (await lead.get<VersionList>('/documents/kiv/versions')).body.versions[0]!;
    expect(version).toMatchObject({ id: summary.versionId, name: 'Ontwerp voor advies CPG' });

    // The adviser sees the round and its advice, and reads the frozen version.
    const adviserRound = (await adviser.get<AdviceRoundList>('/advice-rounds?documentId=kiv')).body.rounds;
    expect(adviserRound.map((r) => r.id)).toEqual([summary.id]);
    const adviceId = adviserRound[0]!.adviceId!;
    expect(adviserRound[0]!.may).toEqual({ draft: true, submit: false, answer: false, close: false });
    const frozen = await fetchVersionDoc(server, as('adviser').cookie, summary.versionId);
    for (const [cookie, id, status] of [[as('adviser').cookie, 'a'.repeat(24), 404], ['', summary.versionId, 401]] as const) {
      expect((await fetch(`${server.url}/api/versions/${id}/state`, { headers: { cookie } })).status).toBe(status);
    }

    // Three passages of the version; the lead then rewrites the first and, later, deletes the second.
    const phraseIn = (doc: Y.Doc, sectionId: string, from: number, to: number) => plainText(sectionParagraphText(doc, sectionId)).slice(from, to);
    const changedPhrase = phraseIn(frozen, 'kiv-3', 0, 40);
    const deletedPhrase = phraseIn(frozen, 'kiv-4', 5, 35);
    const keptPhrase = phraseIn(frozen, 'kiv-2', 0, 30);
    const anchors = {
      changed: anchorOf(frozen, 'kiv-3', changedPhrase),
      deleted: anchorOf(frozen, 'kiv-4', deletedPhrase),
      kept: anchorOf(frozen, 'kiv-2', keptPhrase),
    };
    const mainParagraph = sectionParagraphText(main.doc, 'kiv-3');
    mainParagraph.insert(plainText(mainParagraph).indexOf(changedPhrase) + 10, 'uitdrukkelijk ');
    await main.saved();

    const added = await adviser.post<Advice>(`/advice/${adviceId}/points`, { anchor: anchors.changed, sectionId: null, body: 'Verduidelijk de rol van de parketten.' });
    expect(added.status).toBe(201);
    // The quote is the frozen text, not the main text as the lead just changed it.
    expect(added.body.points).toMatchObject([{ number: 1, sectionId: 'kiv-3', quote: changedPhrase.trim(), passageNow: 'changed', authorName: 'Hélène Martin' }]);
    await adviser.post(`/advice/${adviceId}/points`, { anchor: anchors.deleted, sectionId: null, body: 'Dit onderdeel is overbodig.' });
    const scrap = await adviser.post<Advice>(`/advice/${adviceId}/points`, { anchor: null, sectionId: null, body: 'Wordt geschrapt.' });
    await adviser.post(`/advice/${adviceId}/points`, { anchor: anchors.kept, sectionId: null, body: 'Akkoord met deze passage.' });
    await adviser.post(`/advice/${adviceId}/points`, { anchor: null, sectionId: null, body: 'Algemeen: meer aandacht voor slachtoffers.' });
    await adviser.post(`/advice/${adviceId}/points`, { anchor: null, sectionId: 'kiv-6', body: 'Een punt over het hele onderdeel.' });

    // Co-drafting: edit one point, delete another; the rest are renumbered in the order written.
    const scrapId = scrap.body.points[2]!.id;
    const edited = await adviser.patch<Advice>(`/advice-points/${added.body.points[0]!.id}`, { body: 'Verduidelijk de rol van de parketten en de onderzoeksrechters.' });
    expect(edited.status).toBe(200);
    const deleted = await fetch(`${server.url}/api/advice-points/${scrapId}`, { method: 'DELETE', headers: { cookie: as('adviser').cookie, origin: server.origin } });
    expect(deleted.status).toBe(200);
    const general = await adviser.patch<Advice>(`/advice/${adviceId}`, { generalText: 'Het College steunt de krachtlijnen van de Kadernota.' });
    expect(general.status).toBe(200);
    const draft = general.body;
    expect(draft.points.map((p) => [p.number, p.sectionId, p.passageNow, p.body.slice(0, 20)])).toEqual([
      [1, 'kiv-3', 'changed', 'Verduidelijk de rol '],
      [2, 'kiv-4', 'unchanged', 'Dit onderdeel is ove'],
      [3, 'kiv-2', 'unchanged', 'Akkoord met deze pas'],
      [4, null, null, 'Algemeen: meer aanda'],
      [5, 'kiv-6', null, 'Een punt over het he'],
    ]);
    expect(draft).toMatchObject({ status: 'draft', generalText: 'Het College steunt de krachtlijnen van de Kadernota.', may: { draft: true, submit: true } });

    // Submitted before the deadline: frozen, visible to the lead, not late.
    const submitted = await adviser.post<Advice>(`/advice/${adviceId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', late: false, submittedByName: 'Hélène Martin', may: { draft: false, submit: false } });
    const leadView = await lead.get<Advice>(`/advice/${adviceId}`);
    expect(leadView.status).toBe(200);
    expect(leadView.body.points.every((p) => p.may.answer && !p.may.edit)).toBe(true);
    expect((await lead.get<AdviceRoundSummary>(`/advice-rounds/${summary.id}`)).body).toMatchObject({ adviceId, adviceSubmittedAt: submitted.body.submittedAt });

    // What carries the advice out: a Flemish amendment (submitted, numbered) and a later version.
    const amendment = (await as('kabinet').api.post<AmendmentDetail>('/amendments', { documentId: 'kiv', sectionId: 'kiv-3', title: 'Parketten', justification: 'Op advies van het CPG.' })).body;
    const fork = await synced(amendment.room, 'kabinet');
    sectionParagraphText(fork.doc, 'kiv-3').insert(0, 'De parketten worden betrokken. ');
    await fork.saved();
    expect((await as('coordinator').api.post(`/amendments/${amendment.id}/submit`)).status).toBe(200);
    const later = (await lead.post<VersionSummary>('/documents/kiv/versions', { name: 'Na advies CPG' })).body;

    const [point1, point2, point3] = leadView.body.points;
    const noExplanation = await lead.post(`/advice-points/${point1!.id}/answer`, { answer: 'partly_followed', explanation: '  ', links: [] });
    expect(noExplanation).toMatchObject({ status: 400, body: { error: { code: 'explanation_required' } } });
    const unknownLink = await lead.post(`/advice-points/${point1!.id}/answer`, { answer: 'followed', explanation: '', links: [{ kind: 'version', id: 'aaaaaaaaaaaaaaaaaaaaaaaa' }] });
    expect(unknownLink).toMatchObject({ status: 400, body: { error: { code: 'link_unknown' } } });
    const first = await lead.post<Advice>(`/advice-points/${point1!.id}/answer`, { answer: 'followed', explanation: '', links: [] });
    expect(first.status).toBe(200);
    const answered = await lead.post<Advice>(`/advice-points/${point1!.id}/answer`, {
      answer: 'partly_followed',
      explanation: 'De parketten worden vermeld; de onderzoeksrechters vallen buiten de Kadernota.',
      links: [
        { kind: 'amendment', id: amendment.id },
        { kind: 'version', id: later.id },
      ],
    });
    expect(answered.status).toBe(200);
    expect(answered.body.points[0]!.answer).toEqual({
      answer: 'partly_followed',
      explanation: 'De parketten worden vermeld; de onderzoeksrechters vallen buiten de Kadernota.',
      byName: 'Sofie Claes',
      at: expect.any(Number),
      links: [
        { kind: 'amendment', id: amendment.id, label: 'Amendement 1' },
        { kind: 'version', id: later.id, label: 'Na advies CPG' },
      ],
    });
    await lead.post(`/advice-points/${point2!.id}/answer`, { answer: 'not_followed', explanation: 'Het onderdeel blijft nodig voor de lokale besturen.', links: [] });
    await lead.post(`/advice-points/${point3!.id}/answer`, { answer: 'followed', explanation: '', links: [] });

    // The lead deletes the second passage from the main text: the point says so on the current text.
    const kiv4 = sectionParagraphText(main.doc, 'kiv-4');
    kiv4.delete(plainText(kiv4).indexOf(deletedPhrase), deletedPhrase.length);
    await main.saved();
    expect(documentText(main.doc)).not.toContain(deletedPhrase);
    const onText = await as('reader').api.get<DocumentAdvicePoints>('/documents/kiv/advice-points');
    expect(onText.status).toBe(200);
    expect(onText.body.points.map((p) => [p.number, p.passageNow, p.bodyName, p.versionName, p.roundId])).toEqual([
      [1, 'changed', 'College van Procureurs-Generaal', 'Ontwerp voor advies CPG', summary.id],
      [2, 'deleted', 'College van Procureurs-Generaal', 'Ontwerp voor advies CPG', summary.id],
      [3, 'unchanged', 'College van Procureurs-Generaal', 'Ontwerp voor advies CPG', summary.id],
      [4, null, 'College van Procureurs-Generaal', 'Ontwerp voor advies CPG', summary.id],
      [5, null, 'College van Procureurs-Generaal', 'Ontwerp voor advies CPG', summary.id],
    ]);
    // The anchors still name the frozen passage in the main text: the passage now holds the lead's words too.
    expect(onText.body.points[0]!.anchor).toEqual(anchors.changed);

    // The report, for a reader of the dossier.
    const report = await fetch(`${server.url}/api/advice-rounds/${summary.id}/report.docx`, { headers: { cookie: as('reader').cookie } });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(report.headers.get('content-disposition')).toMatch(/^attachment; filename="KIV-verwerking-advies-CPG-\d{4}-\d{2}-\d{2}\.docx"$/);
    const text = docxText(docxEntry(new Uint8Array(await report.arrayBuffer())));
    const nowPassage = (() => {
      const current = plainText(sectionParagraphText(main.doc, 'kiv-3'));
      const start = current.indexOf(changedPhrase.slice(0, 10));
      return current.slice(start, start + changedPhrase.length + 'uitdrukkelijk '.length).trim();
    })();
    for (const expected of [
      'Verwerking van het advies van het College van Procureurs-Generaal',
      'Heeft het College opmerkingen bij de strafrechtelijke aanpak?',
      '28/01/2026',
      '09/02/2026 17:00',
      'Het College steunt de krachtlijnen van de Kadernota.',
      changedPhrase.trim(),
      'Verduidelijk de rol van de parketten en de onderzoeksrechters.',
      'Deels gevolgd',
      'De parketten worden vermeld; de onderzoeksrechters vallen buiten de Kadernota.',
      'Amendement 1, Na advies CPG',
      nowPassage,
      'Niet gevolgd',
      'passage verwijderd',
    ]) {
      expect(text).toContain(expected);
    }
    expect(nowPassage).toContain('uitdrukkelijk');

    // The audit log: who did what to the round, the advice and each point.
    const audit = server.services.audit;
    expect(audit.forSubject(`advice-round:${summary.id}`).map((e) => [e.action, e.userId])).toEqual([['advice_round.opened', as('lead').id]]);
    expect(audit.forSubject(`advice:${adviceId}`).map((e) => [e.action, e.userId])).toEqual([
      ['advice.updated', as('adviser').id],
      ['advice.submitted', as('adviser').id],
    ]);
    expect(audit.forSubject(`advice-point:${point1!.id}`).map((e) => e.action)).toEqual([
      'advice.point_added',
      'advice.point_updated',
      'advice.point_answered',
      'advice.point_answered',
    ]);
    expect(audit.forSubject(`advice-point:${point1!.id}`)[3]!.detail).toMatchObject({ answer: 'partly_followed', previous: 'followed' });
    expect(audit.forSubject(`advice-point:${scrapId}`).map((e) => e.action)).toEqual(['advice.point_added', 'advice.point_deleted']);
    expect(audit.forSubject(`advice-round:${summary.id}`)[0]!.at).toBe(summary.createdAt);

    // Notified: the adviser of the round, the lead of the advice, the adviser of the answers (once that day).
    expect(adviceNotifications().map((n) => [n.email, n.kind, JSON.parse(n.params), n.link])).toEqual([
      ['adviser@cpg.example', 'advice_round_opened', { version: 'Ontwerp voor advies CPG', deadline: '09/02/2026 17:00' }, `/advice-rounds/${summary.id}`],
      ['lead@justitie.example', 'advice_received', { body: 'College van Procureurs-Generaal', version: 'Ontwerp voor advies CPG' }, `/advice-rounds/${summary.id}`],
      ['adviser@cpg.example', 'advice_answered', { version: 'Ontwerp voor advies CPG' }, `/advice-rounds/${summary.id}`],
    ]);
    const outbox = server.services.db.prepare<[], { to_address: string; subject: string }>("SELECT to_address, subject FROM outbox WHERE subject LIKE '%advies%' ORDER BY id").all();
    expect(outbox.map((m) => m.to_address)).toEqual(['adviser@cpg.example', 'lead@justitie.example', 'adviser@cpg.example']);

    // The room was only read: the advice wrote nothing into the main text.
    const roomText = server.services.rooms.read(documentRoom('kiv'), (room) => documentText(room.doc));
    expect(roomText).toBe(documentText(main.doc));
  });
});
