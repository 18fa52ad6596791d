/**
 * An amendment from draft to decision through a real server: drafted in its fork room by the
 * Flemish cabinet while the lead keeps editing the main text, hidden from Wallonia, submitted by the
 * Flemish coordinator, accepted by the lead and merged, attributed to the Flemish government.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AmendmentDetail, AmendmentList } from '../../shared/api/amendments.js';
import { apiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

describe('an amendment from draft to decision', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (client: SyncClient) => (cleanups.push(() => client.destroy()), client);
  const start = async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    return server;
  };
  const as = async (server: TestServer & { origin: string }, email: string) => {
    const cookie = await signIn(server, email);
    return { cookie, api: apiClient(server, cookie) };
  };

  it('drafts in private, submits, and merges into a main text that moved meanwhile', async () => {
    const server = await start();
    const kabinet = await as(server, 'kabinet@vlaanderen.example');
    const coordinator = await as(server, 'coordinator@vlaanderen.example');
    const wallonie = await as(server, 'contributor@wallonie.example');
    const lead = await as(server, 'lead@justitie.example');

    const created = await kabinet.api.post<AmendmentDetail>('/amendments', {
      documentId: 'kiv',
      sectionId: 'kiv-2',
      title: 'Cybercriminaliteit expliciet noemen',
      justification: 'De Vlaamse Regering vraagt aandacht voor cyber.',
    });
    expect(created.status).toBe(201);
    const amendment = created.body;
    expect(amendment.status).toBe('draft');
    expect(amendment.number).toBeNull();
    expect(amendment.room).toBe(`amendment:${amendment.id}`);

    // The cabinet edits the fork; the lead edits the main text at the same time.
    const fork = track(connectClient(server, amendment.room, kabinet.cookie));
    const main = track(connectClient(server, 'doc:kiv', lead.cookie));
    await waitFor(() => fork.provider.synced && main.provider.synced, 'both synced');
    expect(sectionParagraphText(fork.doc, 'kiv-2').toString()).toBe(sectionParagraphText(main.doc, 'kiv-2').toString());
    sectionParagraphText(fork.doc, 'kiv-2').insert(0, 'Cyber en ');
    await fork.saved();
    sectionParagraphText(main.doc, 'kiv-2').insert(0, 'LEAD ');
    await main.saved();

    // Its changes are exactly its own: the lead's later edit is not in them.
    const own = await kabinet.api.get<AmendmentDetail>(`/amendments/${amendment.id}`);
    expect(own.status).toBe(200);
    const segments = own.body.changes.flatMap((block) => block.segments);
    expect(segments.filter((s) => s.change === 'added').map((s) => s.text)).toEqual(['Cyber en ']);
    expect(segments.filter((s) => s.change === null).map((s) => s.text).join('')).toContain('LEAD ');
    expect(own.body.mainChangedSince).toBe(true);

    // Wallonia sees nothing of the draft, by any way in.
    expect((await wallonie.api.get(`/amendments/${amendment.id}`)).status).toBe(404);
    const walloonList = await wallonie.api.get<AmendmentList>('/documents/kiv/amendments');
    expect(walloonList.body.amendments).toEqual([]);

    // The cabinet may not submit; the coordinator may.
    expect((await kabinet.api.post(`/amendments/${amendment.id}/submit`)).status).toBe(403);
    const submitted = await coordinator.api.post<AmendmentDetail>(`/amendments/${amendment.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.number).toBe(1);
    expect((await wallonie.api.get<AmendmentDetail>(`/amendments/${amendment.id}`)).body.number).toBe(1);

    // Accepted: the main text now has both edits.
    const accepted = await lead.api.post<AmendmentDetail>(`/amendments/${amendment.id}/decision`, { decision: 'accepted', reason: '' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.decidedByName).toBeTruthy();
    await waitFor(() => sectionParagraphText(main.doc, 'kiv-2').toString().includes('Cyber en '), 'merge reaches the lead');
    const text = await (await fetch(`${server.url}/api/documents/kiv/text`, { headers: { cookie: lead.cookie } })).text();
    expect(text).toMatch(/(LEAD Cyber en |Cyber en LEAD )/);

    // The merge is stored under the proposing user and entity, naming the amendment.
    const row = server.services.db
      .prepare<[string], { user_id: string; entity_id: string; amendment_id: string }>(
        "SELECT user_id, entity_id, amendment_id FROM attribution_log WHERE room = 'doc:kiv' AND amendment_id = ?",
      )
      .get(amendment.id);
    expect(row).toMatchObject({ entity_id: 'vlaanderen', amendment_id: amendment.id });
    expect(row?.user_id).toBe(amendment.authorUserId);
  });
});
