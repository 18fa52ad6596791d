/**
 * "Who wrote what" and the contribution statistics through a real server and real sync clients:
 * the KIV's lead types in the main text; a Flemish amendment is accepted; another is accepted as
 * modified after the lead adjusted it; a third is rejected; a Walloon draft stays a draft. Each
 * passage must be attributed to whoever wrote it, and the statistics must count exactly that.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  findAuthorshipRun,
  type ContributionCounts,
  type DocumentAuthorship,
  type DocumentStatistics,
} from '../../shared/api/attribution.js';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { apiClient, type ApiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

/** One character of the visible text with what the authorship answer says of it. */
interface AttributedChar {
  char: string;
  /** "name / entity / amendment N|direct", or "?" when no run holds it. */
  who: string;
}

/** Reads the visible text of `doc` as a client would, looking up each struct in the runs. */
function attributedText(doc: Y.Doc, answer: DocumentAuthorship): AttributedChar[] {
  const out: AttributedChar[] = [];
  const visit = (type: { _start: Y.Item | null }) => {
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      if (item.content instanceof Y.ContentType) visit(item.content.type);
      if (!(item.content instanceof Y.ContentString)) continue;
      const text = item.content.str;
      for (let offset = 0; offset < text.length; offset++) {
        const run = findAuthorshipRun(answer.runs, item.id.client, item.id.clock + offset);
        const author = run ? answer.authors[run[3]] : undefined;
        const who = author ? `${author.name} / ${author.entityId ?? '-'} / ${run![5] === null ? 'direct' : `amendment ${run![5]}`}` : '?';
        out.push({ char: text[offset]!, who });
      }
    }
  };
  visit(doc.getXmlFragment('prosemirror'));
  return out;
}

/** Who wrote `passage` (its first occurrence): one answer, or several when it is mixed. */
function whoWrote(chars: AttributedChar[], passage: string): string[] {
  const text = chars.map((c) => c.char).join('');
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`"${passage}" is not in the text`);
  return [...new Set(chars.slice(at, at + passage.length).map((c) => c.who))];
}

const LEAD = 'Sofie Claes / fod-justitie';
const KABINET = 'Lotte Maes / vlaanderen';

describe('who wrote what and the statistics per entity and section', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (client: SyncClient) => (cleanups.push(() => client.destroy()), client);
  const as = async (server: TestServer & { origin: string }, email: string) => {
    const cookie = await signIn(server, email);
    return { cookie, api: apiClient(server, cookie) };
  };

  /** Drafts an amendment in a section, types in its fork with `edit`, and has the coordinator submit it. */
  const draft = async (
    server: TestServer & { origin: string },
    author: { cookie: string; api: ApiClient },
    sectionId: string,
    edit: (text: Y.XmlText) => void,
  ): Promise<AmendmentDetail> => {
    const created = await author.api.post<AmendmentDetail>('/amendments', { documentId: 'kiv', sectionId, title: `Voorstel ${sectionId}`, justification: 'Omdat.' });
    expect(created.status).toBe(201);
    const fork = track(connectClient(server, created.body.room, author.cookie));
    await waitFor(() => fork.provider.synced, 'fork synced');
    edit(sectionParagraphText(fork.doc, sectionId));
    await fork.saved();
    fork.destroy();
    return created.body;
  };

  it('attributes direct edits, accepted and adjusted amendments, and counts them; drafts stay out', async () => {
    const startedAt = Date.now();
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const lead = await as(server, 'lead@justitie.example');
    const kabinet = await as(server, 'kabinet@vlaanderen.example');
    const coordinator = await as(server, 'coordinator@vlaanderen.example');
    const wallonie = await as(server, 'contributor@wallonie.example');

    // The lead types in the main text.
    const main = track(connectClient(server, 'doc:kiv', lead.cookie));
    await waitFor(() => main.provider.synced, 'main synced');
    sectionParagraphText(main.doc, 'kiv-1').insert(0, 'Tekst van de lead. ');
    await main.saved();

    // Amendment 1: written by the Flemish cabinet (it also deletes three characters of the seed), accepted.
    const first = await draft(server, kabinet, 'kiv-2', (text) => {
      text.insert(0, 'Vlaamse tekst. ');
      text.delete('Vlaamse tekst. '.length, 3);
    });
    expect((await coordinator.api.post(`/amendments/${first.id}/submit`)).status).toBe(200);
    expect((await lead.api.post(`/amendments/${first.id}/decision`, { decision: 'accepted' })).status).toBe(200);

    // Amendment 2: the lead deletes "van " and adds a sentence before accepting it as modified.
    const second = await draft(server, kabinet, 'kiv-3', (text) => text.insert(0, 'Voorstel van Vlaanderen. '));
    expect((await coordinator.api.post(`/amendments/${second.id}/submit`)).status).toBe(200);
    const adjusting = track(connectClient(server, second.room, lead.cookie));
    await waitFor(() => adjusting.provider.synced, 'lead in the fork');
    const forkText = sectionParagraphText(adjusting.doc, 'kiv-3');
    forkText.delete('Voorstel '.length, 'van '.length);
    forkText.insert(0, 'Aangepast. ');
    await adjusting.saved();
    const modified = await lead.api.post(`/amendments/${second.id}/decision`, { decision: 'accepted_modified', reason: 'Korter.' });
    expect(modified.status).toBe(200);

    // Amendment 3 is rejected; a Walloon draft is never submitted.
    const third = await draft(server, kabinet, 'kiv-4', (text) => text.insert(0, 'Verworpen voorstel. '));
    expect((await coordinator.api.post(`/amendments/${third.id}/submit`)).status).toBe(200);
    expect((await lead.api.post(`/amendments/${third.id}/decision`, { decision: 'rejected', reason: 'Niet nodig.' })).status).toBe(200);
    await draft(server, wallonie, 'kiv-4', (text) => text.insert(0, 'Waals ontwerp. '));

    await waitFor(() => main.text().includes('Aangepast. Voorstel Vlaanderen. '), 'both merges reach the lead');

    // Who wrote what, as anyone who may read the text (here Wallonia) gets it.
    const answer = await wallonie.api.get<DocumentAuthorship>('/documents/kiv/authorship');
    expect(answer.status).toBe(200);
    const chars = attributedText(main.doc, answer.body);
    expect(chars.filter((c) => c.who === '?')).toEqual([]);
    expect(whoWrote(chars, 'Tekst van de lead. ')).toEqual([`${LEAD} / direct`]);
    expect(whoWrote(chars, 'Vlaamse tekst. ')).toEqual([`${KABINET} / amendment 1`]);
    expect(whoWrote(chars, 'Aangepast. ')).toEqual([`${LEAD} / amendment 2`]);
    expect(whoWrote(chars, 'Voorstel Vlaanderen. ')).toEqual([`${KABINET} / amendment 2`]);
    expect(chars.map((c) => c.char).join('')).not.toMatch(/Verworpen|Waals/);
    // The seeded text: the rest of kiv-1's first paragraph.
    const seedStart = chars.map((c) => c.char).join('').indexOf('Tekst van de lead. ') + 'Tekst van de lead. '.length;
    expect(chars[seedStart]!.who).toBe('oorspronkelijke tekst / - / direct');
    expect(answer.body.amendments.map((a) => [a.number, a.id, a.status])).toEqual([
      [1, first.id, 'accepted'],
      [2, second.id, 'accepted_modified'],
    ]);
    const original = answer.body.authors.find((a) => a.original);
    expect(original).toMatchObject({ name: 'oorspronkelijke tekst', entityId: null });
    const flemish = answer.body.authors.find((a) => a.entityId === 'vlaanderen');
    expect(flemish).toMatchObject({ name: 'Lotte Maes', entityName: 'Vlaamse Regering', color: '#c79a00' });
    for (const run of answer.body.runs) expect(run[4] >= startedAt - 60_000 || answer.body.authors[run[3]]!.original).toBe(true);
    // It goes out compressed (a long history makes many runs).
    const raw = await fetch(`${server.url}/api/documents/kiv/authorship`, { headers: { cookie: wallonie.cookie, 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
    expect(await raw.json()).toEqual(answer.body);

    // The statistics, per entity and section.
    const stats = await wallonie.api.get<DocumentStatistics>('/documents/kiv/statistics');
    expect(stats.status).toBe(200);
    const cell = (entityId: string | null, sectionId: string | null): Partial<ContributionCounts> => {
      const found = stats.body.cells.find((c) => c.entityId === entityId && c.sectionId === sectionId);
      if (!found) return {};
      const { entityId: _e, sectionId: _s, ...counts } = found;
      return Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));
    };
    expect(cell('fod-justitie', 'kiv-1')).toEqual({ added: 'Tekst van de lead. '.length });
    expect(cell('vlaanderen', 'kiv-2')).toEqual({ added: 'Vlaamse tekst. '.length, removed: 3, submitted: 1, accepted: 1 });
    expect(cell('vlaanderen', 'kiv-3')).toEqual({ added: 'Voorstel van Vlaanderen. '.length, submitted: 1, accepted: 1, acceptedModified: 1 });
    expect(cell('fod-justitie', 'kiv-3')).toEqual({ added: 'Aangepast. '.length, removed: 'van '.length });
    expect(cell('vlaanderen', 'kiv-4')).toEqual({ submitted: 1, rejected: 1 });
    expect(cell(null, 'kiv-1').added).toBeGreaterThan(0);
    // Nothing of the Walloon draft, for anyone: not in the entities, not in a section's count.
    expect(stats.body.entities.map((e) => e.entityId)).toEqual([null, 'fod-justitie', 'vlaanderen']);
    const kiv4 = stats.body.bySection.find((s) => s.sectionId === 'kiv-4')!;
    expect(kiv4.submitted).toBe(1);
    const flemishTotal = stats.body.byEntity.find((e) => e.entityId === 'vlaanderen')!;
    expect(flemishTotal).toMatchObject({ submitted: 3, accepted: 2, acceptedModified: 1, rejected: 1, withdrawn: 0, removed: 3 });
    expect(stats.body.total.submitted).toBe(3);
    expect(stats.body.sections.map((s) => s.sectionId)).toEqual(['kiv-1', 'kiv-2', 'kiv-3', 'kiv-4', 'kiv-5', 'kiv-6']);
    const leadStats = await lead.api.get<DocumentStatistics>('/documents/kiv/statistics');
    expect(leadStats.body).toEqual(stats.body);
  });

  it('follows the text as it changes, and refuses whoever may not read it', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const lead = await as(server, 'lead@justitie.example');
    const reader = await as(server, 'reader@binnenland.example');

    const before = await reader.api.get<DocumentAuthorship>('/documents/kiv/authorship');
    expect(before.status).toBe(200);
    expect(before.body.authors.map((a) => a.name)).toEqual(['oorspronkelijke tekst']);

    const main = track(connectClient(server, 'doc:kiv', lead.cookie));
    await waitFor(() => main.provider.synced, 'main synced');
    const text = sectionParagraphText(main.doc, 'kiv-5');
    text.insert(0, 'Eerst. ');
    await main.saved();
    text.delete(0, 'Eerst. '.length);
    await main.saved();
    const after = await reader.api.get<DocumentAuthorship>('/documents/kiv/authorship');
    expect(after.body.seq).toBeGreaterThan(before.body.seq);
    // Deleted text is not shown, but it was added, and removed, by the lead.
    expect(attributedText(main.doc, after.body).filter((c) => c.who.startsWith('Sofie'))).toEqual([]);
    const stats = await reader.api.get<DocumentStatistics>('/documents/kiv/statistics');
    expect(stats.body.cells.find((c) => c.entityId === 'fod-justitie')).toMatchObject({ sectionId: 'kiv-5', added: 7, removed: 7 });

    // The NVP has its own log.
    const nvp = await reader.api.get<DocumentAuthorship>('/documents/nvp/authorship');
    expect(nvp.body.authors.map((a) => a.name)).toEqual(['oorspronkelijke tekst']);

    expect((await reader.api.get('/documents/nope/authorship')).status).toBe(404);
    expect((await reader.api.get('/documents/nope/statistics')).status).toBe(404);
    const anonymous = apiClient(server, '');
    expect((await anonymous.get('/documents/kiv/authorship')).status).toBe(401);
    expect((await anonymous.get('/documents/kiv/statistics')).status).toBe(401);
  });
});
