/**
 * Versions through a real server: the KIV's lead takes named versions while the text moves on;
 * every participant lists, opens and compares them; the comparison marks the lead's later edits
 * and colours them by entity; nobody else takes one, and unknown or foreign versions are not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DiffSegment } from '../../shared/api/amendments.js';
import type { VersionComparison, VersionContent, VersionList, VersionSummary } from '../../shared/api/versions.js';
import { documentDiff } from '../../server/domain/diff/blockDiff.js';
import { changeEntityOf } from '../../server/domain/versions/changeEntities.js';
import { VersionRepository } from '../../server/repositories/versions.js';
import { apiClient, type ApiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
let lead: ApiClient;
let leadCookie: string;
let reader: ApiClient;
let walloon: ApiClient;
let main: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  leadCookie = await signIn(server, 'lead@justitie.example');
  lead = apiClient(server, leadCookie);
  reader = apiClient(server, await signIn(server, 'reader@binnenland.example'));
  walloon = apiClient(server, await signIn(server, 'contributor@wallonie.example'));
  main = connectClient(server, 'doc:kiv', leadCookie);
  await waitFor(() => main.provider.synced, 'lead synced');
});
afterAll(async () => {
  main.destroy();
  await server.close();
});

const segmentsOf = (comparison: VersionComparison): DiffSegment[] => comparison.blocks.flatMap((block) => block.segments);
const plainText = (text: Y.XmlText) => text.toDelta().map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
const text = async (path: string) => (await fetch(`${server.url}/api${path}`, { headers: { cookie: leadCookie } })).text();

describe('versions of a main text', () => {
  it("are taken by the document's lead only", async () => {
    const unauthenticated = await fetch(`${server.url}/api/documents/kiv/versions`, {
      method: 'POST',
      headers: { origin: server.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(unauthenticated.status).toBe(401);
    expect((await lead.post('/documents/kiv/versions', { name: '   ' })).status).toBe(400);
    expect((await walloon.post('/documents/kiv/versions', { name: 'Ontwerp' })).status).toBe(403);
    expect((await reader.post('/documents/kiv/versions', { name: 'Ontwerp' })).status).toBe(403);
    // The NVP's lead leads no KIV.
    const nvpLead = apiClient(server, await signIn(server, 'lead@politie.example'));
    expect((await nvpLead.post('/documents/kiv/versions', { name: 'Ontwerp' })).status).toBe(403);
    expect((await lead.post('/documents/nope/versions', { name: 'Ontwerp' })).status).toBe(404);
    expect((await lead.get<VersionList>('/documents/kiv/versions')).body.versions).toEqual([]);
  });

  it('are listed, opened and compared with the text as it moved on, coloured by entity', async () => {
    const paragraph = sectionParagraphText(main.doc, 'kiv-2');
    const original = plainText(paragraph);
    const removedWord = original.split(' ')[0]!;
    // The struct of the word's first character: after the lead deletes it, the log says who did.
    const removedId = Y.createRelativePositionFromTypeIndex(paragraph, 0).item!;

    const taken = await lead.post<VersionSummary>('/documents/kiv/versions', { name: 'Ontwerp voor advies CPG' });
    expect(taken.status).toBe(201);
    const v1 = taken.body;
    expect(v1).toMatchObject({ documentId: 'kiv', name: 'Ontwerp voor advies CPG', createdByName: 'Sofie Claes', createdByEntityId: 'fod-justitie' });
    const audit = server.services.audit.forSubject(`version:${v1.id}`);
    expect(audit).toMatchObject([{ action: 'version.created', detail: { documentId: 'kiv', name: 'Ontwerp voor advies CPG' } }]);
    const textAtV1 = await text(`/documents/kiv/text?version=${v1.id}`);
    expect(textAtV1).toBe(await text('/documents/kiv/text'));

    // The lead edits on: an insertion and the deletion of a word, committed through the sync gate.
    paragraph.insert(paragraph.length, ' LATER TOEGEVOEGD');
    paragraph.delete(0, removedWord.length);
    await main.saved();
    const v2 = (await lead.post<VersionSummary>('/documents/kiv/versions', { name: 'Na de bespreking' })).body;

    // Every participant lists them, newest first, and opens them.
    const list = await reader.get<VersionList>('/documents/kiv/versions');
    expect(list.status).toBe(200);
    expect(list.body.versions.map((v) => v.id)).toEqual([v2.id, v1.id]);
    expect((await reader.get<VersionSummary>(`/versions/${v1.id}`)).body).toEqual(v1);
    const content = await walloon.get<VersionContent>(`/versions/${v1.id}/content`);
    expect(content.status).toBe(200);
    expect(content.body.version).toEqual(v1);
    expect(content.body.content.type).toBe('doc');
    expect(JSON.stringify(content.body.content)).toContain(original.slice(0, 40).replace(/"/g, '\\"'));
    expect(JSON.stringify(content.body.content)).not.toContain('LATER TOEGEVOEGD');

    // A version is frozen: its text stays as taken while the current text has moved on.
    expect(await text(`/documents/kiv/text?version=${v1.id}`)).toBe(textAtV1);
    expect(await text('/documents/kiv/text')).toContain('LATER TOEGEVOEGD');
    expect(await text(`/documents/kiv/text?version=${v2.id}`)).toContain('LATER TOEGEVOEGD');

    // Version against now: the lead's insertion is added and Justitie's; the word is removed.
    const compared = await reader.get<VersionComparison>(`/documents/kiv/compare?from=${v1.id}&to=current`);
    expect(compared.status).toBe(200);
    expect(compared.body.from.version?.id).toBe(v1.id);
    expect(compared.body.to.version).toBeNull();
    expect(compared.body.blocks).toHaveLength(1);
    expect(compared.body.blocks[0]!.sectionId).toBe('kiv-2');
    const segments = segmentsOf(compared.body);
    expect(segments.filter((s) => s.change === 'added')).toEqual([expect.objectContaining({ text: ' LATER TOEGEVOEGD', entityId: 'fod-justitie' })]);
    expect(segments.filter((s) => s.change === 'removed').map((s) => s.text)).toEqual([removedWord]);
    expect(compared.body.added).toBe(' LATER TOEGEVOEGD'.length);
    expect(compared.body.removed).toBe(removedWord.length);

    // Two versions compare the same way; looking back swaps added and removed; a version against itself is unchanged.
    const between = (await reader.get<VersionComparison>(`/documents/kiv/compare?from=${v1.id}&to=${v2.id}`)).body;
    expect(between.blocks).toEqual(compared.body.blocks);
    const back = (await reader.get<VersionComparison>(`/documents/kiv/compare?from=current&to=${v1.id}`)).body;
    expect(segmentsOf(back).filter((s) => s.change === 'removed').map((s) => s.text)).toEqual([' LATER TOEGEVOEGD']);
    expect(segmentsOf(back).filter((s) => s.change === 'added').map((s) => s.text)).toEqual([removedWord]);
    expect((await reader.get<VersionComparison>(`/documents/kiv/compare?from=${v2.id}&to=current`)).body.blocks).toEqual([]);

    // Who deleted the word is in the attribution log: the lead, not the seed that wrote it.
    const versions = new VersionRepository(server.services.db);
    const entityOf = changeEntityOf(
      { clientEntities: versions.clientEntities('doc:kiv'), deletions: () => versions.deletionsSince('doc:kiv', v1.createdAt) },
      { fromIsOlder: true },
    );
    expect(entityOf(removedId.client, removedId.clock, 'removed')).toBe('fod-justitie');
    expect(entityOf(removedId.client, removedId.clock, 'added')).toBeNull();

    // The exporter's view of a version: its bytes rebuild the text as it was.
    const stored = versions.get(v1.id)!;
    const rebuilt = new Y.Doc({ gc: false });
    Y.applyUpdate(rebuilt, stored.state);
    expect(rebuilt.getXmlFragment('prosemirror').toString()).not.toContain('LATER TOEGEVOEGD');
    expect(Y.decodeSnapshot(stored.snapshot).sv.size).toBeGreaterThan(0);
    rebuilt.destroy();
  });

  it('shows a new paragraph as added, and marks exactly what a diff of the whole text marks', async () => {
    const latest = (await lead.get<VersionList>('/documents/kiv/versions')).body.versions[0]!;
    const oldest = (await lead.get<VersionList>('/documents/kiv/versions')).body.versions.at(-1)!;
    const section = main.doc.getXmlFragment('prosemirror').toArray().find((node) => node instanceof Y.XmlElement && node.getAttribute('id') === 'kiv-5');
    if (!(section instanceof Y.XmlElement)) throw new Error('no section kiv-5');
    const added = new Y.XmlElement('paragraph');
    added.insert(0, [new Y.XmlText('Een nieuwe alinea.')]);
    section.insert(section.length, [added]);
    await main.saved();

    const compared = (await reader.get<VersionComparison>(`/documents/kiv/compare?from=${latest.id}&to=current`)).body;
    expect(compared.blocks).toEqual([
      { sectionId: 'kiv-5', kind: 'paragraph', segments: [expect.objectContaining({ text: 'Een nieuwe alinea.', change: 'added', entityId: 'fod-justitie' })] },
    ]);
    // Only the blocks that changed are diffed; the answer is what diffing every block gives.
    const strip = (blocks: VersionComparison['blocks']) => blocks.map((b) => ({ ...b, segments: b.segments.map((g) => ({ ...g, entityId: null })) }));
    const stored = new VersionRepository(server.services.db).get(oldest.id)!;
    const everyBlock = server.services.rooms.read('doc:kiv', (room) =>
      documentDiff(room.doc.getXmlFragment('prosemirror'), Y.snapshot(room.doc), Y.decodeSnapshot(stored.snapshot)),
    );
    const fromOldest = (await reader.get<VersionComparison>(`/documents/kiv/compare?from=${oldest.id}&to=current`)).body;
    expect(fromOldest.blocks).toHaveLength(2);
    expect(strip(fromOldest.blocks)).toEqual(strip(everyBlock));
  });

  it('are described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/documents/{id}/versions', '/api/versions/{id}', '/api/versions/{id}/content', '/api/documents/{id}/compare']),
    );
  });

  it('answers 404 for unknown versions and for versions of another document', async () => {
    const nvpLead = apiClient(server, await signIn(server, 'lead@politie.example'));
    const nvpVersion = (await nvpLead.post<VersionSummary>('/documents/nvp/versions', { name: 'NVP-ontwerp' })).body;
    const kivVersion = (await lead.get<VersionList>('/documents/kiv/versions')).body.versions[0]!;
    for (const path of [
      '/versions/aaaaaaaaaaaaaaaaaaaaaaaa',
      '/versions/aaaaaaaaaaaaaaaaaaaaaaaa/content',
      '/documents/kiv/text?version=aaaaaaaaaaaaaaaaaaaaaaaa',
      `/documents/kiv/text?version=${nvpVersion.id}`,
      `/documents/kiv/compare?from=aaaaaaaaaaaaaaaaaaaaaaaa&to=current`,
      `/documents/kiv/compare?from=${kivVersion.id}&to=${nvpVersion.id}`,
      `/documents/nope/compare?from=current&to=current`,
    ]) {
      const answer = await reader.get<{ error: { code: string } }>(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code, path).toBe('not_found');
    }
    expect((await reader.get('/documents/kiv/compare?from=current')).status).toBe(400);
    expect((await reader.get(`/versions/${nvpVersion.id}`)).status).toBe(200);
  });
});
