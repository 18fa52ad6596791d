/**
 * Every way into another entity's draft is refused, and every wrong move on an amendment gets a clear
 * error and changes nothing: a real server, real sockets, the demo accounts.
 */
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AmendmentDetail, AmendmentList } from '../../shared/api/amendments.js';
import { MAX_OPEN_DRAFTS_PER_USER } from '../../shared/domain/amendmentRules.js';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { apiClient, type ApiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { openRawSocket } from '../utils/rawSocket.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

type Server = TestServer & { origin: string };
interface Account {
  cookie: string;
  api: ApiClient;
}

describe('amendment permissions and bad input', () => {
  let server: Server;
  const accounts: Record<string, Account> = {};
  const clients: SyncClient[] = [];
  const as = (who: string): Account => accounts[who]!;

  beforeEach(async () => {
    server = await startTestServer();
    const emails = {
      kabinet: 'kabinet@vlaanderen.example',
      coordinator: 'coordinator@vlaanderen.example',
      wallonie: 'contributor@wallonie.example',
      lead: 'lead@justitie.example',
      nvpLead: 'lead@politie.example',
      reader: 'reader@binnenland.example',
      adviser: 'adviser@cpg.example',
    };
    for (const [key, email] of Object.entries(emails)) {
      const cookie = await signIn(server, email);
      accounts[key] = { cookie, api: apiClient(server, cookie) };
    }
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });
  const connect = (room: string, who: string) => {
    const client = connectClient(server, room, as(who).cookie);
    clients.push(client);
    return client;
  };

  /** A Flemish draft with one edit in its fork. */
  async function flemishDraft(text = 'Vlaams voorstel. '): Promise<AmendmentDetail> {
    const created = await as('kabinet').api.post<AmendmentDetail>('/amendments', { documentId: 'kiv', sectionId: 'kiv-3', title: 'Voorstel' });
    expect(created.status).toBe(201);
    const fork = connect(created.body.room, 'kabinet');
    await waitFor(() => fork.provider.synced, 'fork synced');
    sectionParagraphText(fork.doc, 'kiv-3').insert(0, text);
    await fork.saved();
    return created.body;
  }

  it('refuses every way into another entity\'s draft, exactly like an id that does not exist', async () => {
    const draft = await flemishDraft();
    const guessed = 'a'.repeat(24);
    for (const id of [draft.id, guessed]) {
      for (const who of ['wallonie', 'lead', 'reader', 'adviser']) {
        const api = as(who).api;
        const answers = [
          await api.get(`/amendments/${id}`),
          await api.patch(`/amendments/${id}`, { title: 'Overgenomen' }),
          await api.post(`/amendments/${id}/submit`),
          await api.post(`/amendments/${id}/withdraw`),
          await api.post(`/amendments/${id}/decision`, { decision: 'rejected', reason: 'Nee' }),
        ];
        for (const answer of answers) expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
      }
      const socket = openRawSocket(server, `amendment:${id}`, { cookie: as('wallonie').cookie, origin: server.origin });
      expect((await socket.closed).code).toBe(CloseCode.UnknownRoom);
    }
    expect((await as('wallonie').api.get('/amendments/not-an-id')).status).toBe(404);
    for (const who of ['wallonie', 'lead', 'reader']) {
      const list = await as(who).api.get<AmendmentList>('/documents/kiv/amendments');
      expect(list.body.amendments).toEqual([]);
    }
    // Its own entity sees it, with its change.
    const own = await as('coordinator').api.get<AmendmentList>('/documents/kiv/amendments');
    expect(own.body.amendments.map((a) => a.id)).toEqual([draft.id]);
    expect(own.body.amendments[0]!.added).toBe('Vlaams voorstel. '.length);
    // Nothing was changed by the refused calls.
    expect((await as('kabinet').api.get<AmendmentDetail>(`/amendments/${draft.id}`)).body).toMatchObject({ title: 'Voorstel', status: 'draft' });
  });

  it('refuses wrong moves with a clear error and changes nothing', async () => {
    const draft = await flemishDraft();
    const path = `/amendments/${draft.id}`;
    expect(await as('kabinet').api.post(`${path}/submit`)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await as('lead').api.post(`${path}/decision`, { decision: 'accepted' })).toMatchObject({ status: 404 });
    const empty = await as('kabinet').api.post<AmendmentDetail>('/amendments', { documentId: 'kiv', title: 'Leeg' });
    expect(await as('coordinator').api.post(`/amendments/${empty.body.id}/submit`)).toMatchObject({
      status: 400,
      body: { error: { code: 'amendment_empty' } },
    });
    expect(await as('kabinet').api.post('/amendments', { documentId: 'kiv', title: '' })).toMatchObject({ status: 400 });
    expect(await as('kabinet').api.post('/amendments', { documentId: 'kiv', sectionId: 'nvp-1', title: 'x' })).toMatchObject({ status: 400 });
    expect(await as('kabinet').api.post('/amendments', { documentId: 'nope', title: 'x' })).toMatchObject({ status: 404 });
    // A passage across two list items, as the editor's selection reads it, is accepted.
    const lead = connect('doc:kiv', 'lead');
    await waitFor(() => lead.provider.synced, 'lead synced');
    const items = (sectionParagraphText(lead.doc, 'kiv-3').parent!.parent!.parent as Y.XmlElement).toArray() as Y.XmlElement[];
    const textOf = (item: Y.XmlElement) => ((item.get(0) as Y.XmlElement).get(0) as Y.XmlText).toString();
    const across = `${textOf(items[0]!).slice(-12)}\n${textOf(items[1]!).slice(0, 12)}`;
    expect((await as('kabinet').api.post('/amendments', { documentId: 'kiv', title: 'x', passage: across })).status).toBe(201);
    expect(await as('kabinet').api.post('/amendments', { documentId: 'kiv', title: 'x', passage: 'Dit staat nergens in de tekst' })).toMatchObject({
      status: 400,
      body: { error: { code: 'passage_not_in_text' } },
    });
    expect(await as('reader').api.post('/amendments', { documentId: 'kiv', title: 'x' })).toMatchObject({ status: 403 });
    expect(await as('adviser').api.post('/amendments', { documentId: 'kiv', title: 'x' })).toMatchObject({ status: 403 });

    expect((await as('coordinator').api.post(`${path}/submit`)).status).toBe(200);
    expect(await as('coordinator').api.post(`${path}/submit`)).toMatchObject({ status: 409, body: { error: { code: 'not_a_draft' } } });
    expect(await as('kabinet').api.patch(path, { title: 'Later' })).toMatchObject({ status: 409, body: { error: { code: 'amendment_frozen' } } });
    for (const who of ['coordinator', 'kabinet', 'nvpLead', 'reader']) {
      expect(await as(who).api.post(`${path}/decision`, { decision: 'accepted' })).toMatchObject({ status: 403 });
    }
    expect(await as('lead').api.post(`${path}/decision`, { decision: 'rejected', reason: ' ' })).toMatchObject({
      status: 400,
      body: { error: { code: 'reason_required' } },
    });
    expect(await as('lead').api.post(`${path}/decision`, { decision: 'accepted_modified', reason: 'Beter' })).toMatchObject({
      status: 400,
      body: { error: { code: 'not_modified' } },
    });
    expect(await as('lead').api.post(`${path}/decision`, { decision: 'maybe' })).toMatchObject({ status: 400 });
    expect((await as('lead').api.get<AmendmentDetail>(path)).body.status).toBe('submitted');

    const rejected = await as('lead').api.post<AmendmentDetail>(`${path}/decision`, { decision: 'rejected', reason: 'Valt buiten de KIV.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Valt buiten de KIV.' });
    expect(await as('lead').api.post(`${path}/decision`, { decision: 'accepted' })).toMatchObject({ status: 409, body: { error: { code: 'already_decided' } } });
    expect(await as('kabinet').api.post(`${path}/withdraw`)).toMatchObject({ status: 409 });
    // The proposing entity sees the decision, who took it and why; the main text is untouched.
    const seen = await as('kabinet').api.get<AmendmentDetail>(path);
    expect(seen.body).toMatchObject({ status: 'rejected', decisionReason: 'Valt buiten de KIV.', decidedByName: expect.any(String) });
    expect(seen.body.changes.length).toBeGreaterThan(0);
    const text = await (await fetch(`${server.url}/api/documents/kiv/text`, { headers: { cookie: as('lead').cookie } })).text();
    expect(text).not.toContain('Vlaams voorstel');
  });

  it('freezes a submitted amendment: its drafters become readers and their writes are dropped', async () => {
    const draft = await flemishDraft();
    const drafter = clients[0]!;
    expect((await as('coordinator').api.post(`/amendments/${draft.id}/submit`)).status).toBe(200);
    await waitFor(() => drafter.closes.some((close) => close.code === CloseCode.AccessChanged), 'drafter downgraded');
    await waitFor(() => drafter.provider.synced && drafter.readOnly(), 'drafter back as reader');
    sectionParagraphText(drafter.doc, 'kiv-3').insert(0, 'Te laat. ');
    await drafter.roundTrip();
    const reader = connect(draft.room, 'wallonie');
    await waitFor(() => reader.provider.synced, 'reader synced');
    expect(sectionParagraphText(reader.doc, 'kiv-3').toString()).not.toContain('Te laat.');
    const detail = await as('kabinet').api.get<AmendmentDetail>(`/amendments/${draft.id}`);
    expect(detail.body.changes.flatMap((b) => b.segments).map((s) => s.text).join('')).not.toContain('Te laat.');
  });

  it("refuses a fork write that reuses one of the main text's client IDs", async () => {
    const draft = await flemishDraft();
    // Start from the fork's state under another ID, then take the seed's client ID (its structs live
    // in the main text): Yjs itself would switch IDs if the state arrived after.
    const forker = new Y.Doc({ gc: false });
    Y.applyUpdate(forker, Y.encodeStateAsUpdate(clients[0]!.doc));
    forker.clientID = 1;
    const fork = connectClient(server, draft.room, as('kabinet').cookie, { doc: forker });
    clients.push(fork);
    await waitFor(() => fork.provider.synced, 'fork synced');
    sectionParagraphText(forker, 'kiv-3').insert(0, 'Vervalst. ');
    await waitFor(() => fork.closes.some((close) => close.code === CloseCode.ForgedClientId), 'forged client refused');
  });

  // Review finding: only the client IDs the main text had when the fork began were reserved; one the
  // lead started using later could be written with in the fork, and the merge then clashed with it.
  it("refuses a fork write with a client ID the main text started using after the fork began", async () => {
    const draft = await flemishDraft();
    const lead = connect('doc:kiv', 'lead');
    await waitFor(() => lead.provider.synced, 'lead synced');
    sectionParagraphText(lead.doc, 'kiv-4').insert(0, 'LEADTEXT ');
    await lead.saved();
    const forker = new Y.Doc({ gc: false });
    Y.applyUpdate(forker, Y.encodeStateAsUpdate(clients[0]!.doc));
    forker.clientID = lead.doc.clientID;
    const fork = connectClient(server, draft.room, as('kabinet').cookie, { doc: forker });
    clients.push(fork);
    await waitFor(() => fork.provider.synced, 'fork synced');
    sectionParagraphText(forker, 'kiv-3').insert(0, 'Cyber ');
    await waitFor(() => fork.closes.some((close) => close.code === CloseCode.ForgedClientId), 'borrowed client refused');
  });

  // Review finding: a passage the lead deleted took the amendment's change with it, silently; an
  // "accepted" then changed nothing.
  it('flags an amendment whose passage the main text deleted, and refuses to accept it', async () => {
    const draft = await flemishDraft('Vlaams voorstel. ');
    expect((await as('coordinator').api.post(`/amendments/${draft.id}/submit`)).status).toBe(200);
    const lead = connect('doc:kiv', 'lead');
    await waitFor(() => lead.provider.synced, 'lead synced');
    const paragraph = sectionParagraphText(lead.doc, 'kiv-3').parent as Y.XmlElement;
    const item = paragraph.parent as Y.XmlElement;
    const list = item.parent as Y.XmlElement;
    list.delete(list.toArray().indexOf(item), 1);
    await lead.saved();
    const seen = await as('wallonie').api.get<AmendmentDetail>(`/amendments/${draft.id}`);
    expect(seen.body).toMatchObject({ passageDeleted: true, mainChangedSince: true });
    expect(seen.body.changes[0]?.segments.find((segment) => segment.change === 'added')?.text).toBe('Vlaams voorstel. ');
    expect(await as('lead').api.post(`/amendments/${draft.id}/decision`, { decision: 'accepted' })).toMatchObject({
      status: 400,
      body: { error: { code: 'passage_deleted' } },
    });
    const rejected = await as('lead').api.post<AmendmentDetail>(`/amendments/${draft.id}/decision`, {
      decision: 'rejected',
      reason: 'De passage is geschrapt.',
    });
    expect(rejected.body.status).toBe('rejected');
  });

  // Review finding: documents keep deleted content, so words a draft typed and deleted reached every
  // participant after submission, and the main text's history after acceptance.
  it('lets nothing a draft typed and deleted leave its entity, neither on submission nor on merge', async () => {
    const draft = await flemishDraft('GEHEIM-INTERN-STANDPUNT ');
    const fork = clients[0]!;
    const text = sectionParagraphText(fork.doc, 'kiv-3');
    text.delete(0, 'GEHEIM-INTERN-STANDPUNT '.length);
    text.insert(0, 'Cyber ');
    await fork.saved();
    expect((await as('coordinator').api.post(`/amendments/${draft.id}/submit`)).status).toBe(200);
    const secret = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').includes('GEHEIM');
    const walloon = connect(draft.room, 'wallonie');
    await waitFor(() => walloon.provider.synced, 'Walloon reader in the fork');
    expect(sectionParagraphText(walloon.doc, 'kiv-3').toString()).toMatch(/^Cyber /);
    expect(secret(Y.encodeStateAsUpdate(walloon.doc))).toBe(false);

    expect((await as('lead').api.post(`/amendments/${draft.id}/decision`, { decision: 'accepted' })).status).toBe(200);
    const reader = connect('doc:kiv', 'reader');
    await waitFor(() => reader.provider.synced && sectionParagraphText(reader.doc, 'kiv-3').toString().startsWith('Cyber '), 'merged text');
    expect(secret(Y.encodeStateAsUpdate(reader.doc))).toBe(false);
    for (const room of ['doc:kiv', draft.room]) {
      for (const row of server.services.roomStorage.load(room).updates) expect(secret(row)).toBe(false);
    }
  });

  it('caps the drafts one user may have open', async () => {
    for (let i = 0; i < MAX_OPEN_DRAFTS_PER_USER; i++) {
      expect((await as('kabinet').api.post('/amendments', { documentId: 'kiv', title: `Ontwerp ${i}` })).status).toBe(201);
    }
    expect(await as('kabinet').api.post('/amendments', { documentId: 'kiv', title: 'Eén te veel' })).toMatchObject({
      status: 409,
      body: { error: { code: 'too_many_drafts' } },
    });
    // A colleague of the same entity is not held back by it.
    expect((await as('coordinator').api.post('/amendments', { documentId: 'kiv', title: 'Van de coördinator' })).status).toBe(201);
  });

  it('flags amendments that touch the same passage, and lets the lead accept one as modified', async () => {
    const first = await flemishDraft('Eerste. ');
    const second = await as('coordinator').api.post<AmendmentDetail>('/amendments', { documentId: 'kiv', sectionId: 'kiv-3', title: 'Tweede' });
    const other = connect(second.body.room, 'coordinator');
    await waitFor(() => other.provider.synced, 'second fork synced');
    sectionParagraphText(other.doc, 'kiv-3').insert(5, 'Tweede ');
    await other.saved();
    const list = await as('kabinet').api.get<AmendmentList>('/documents/kiv/amendments');
    const byId = new Map(list.body.amendments.map((a) => [a.id, a]));
    expect(byId.get(first.id)!.overlapsWith).toEqual([second.body.id]);
    expect(byId.get(second.body.id)!.overlapsWith).toEqual([first.id]);
    expect(byId.get(first.id)!.mainChangedSince).toBe(false);

    expect((await as('coordinator').api.post(`/amendments/${first.id}/submit`)).status).toBe(200);
    const leadFork = connect(first.room, 'lead');
    await waitFor(() => leadFork.provider.synced, 'lead in the fork');
    expect(leadFork.readOnly()).toBe(false);
    sectionParagraphText(leadFork.doc, 'kiv-3').insert(0, 'Aangepast: ');
    await leadFork.saved();
    expect(await as('lead').api.post(`/amendments/${first.id}/decision`, { decision: 'accepted' })).toMatchObject({
      status: 400,
      body: { error: { code: 'modified_needs_accepted_modified' } },
    });
    const decided = await as('lead').api.post<AmendmentDetail>(`/amendments/${first.id}/decision`, {
      decision: 'accepted_modified',
      reason: 'Verduidelijkt.',
    });
    expect(decided.body.status).toBe('accepted_modified');
    const text = await (await fetch(`${server.url}/api/documents/kiv/text`, { headers: { cookie: as('reader').cookie } })).text();
    expect(text).toContain('Aangepast: Eerste. ');
    // The other open amendment now sees the main text moved under it.
    const after = await as('coordinator').api.get<AmendmentDetail>(`/amendments/${second.body.id}`);
    expect(after.body.mainChangedSince).toBe(true);
    expect(after.body.overlapsWith).toEqual([]);
  });
});
