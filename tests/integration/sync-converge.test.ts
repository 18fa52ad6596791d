/** Two leads co-editing converge through the server, and a restart keeps every committed edit. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn } from '../utils/http.js';
import { startTestServer } from '../utils/server.js';
import { connectClient, documentText, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

describe('co-editing a main text', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (client: SyncClient) => (cleanups.push(() => client.destroy()), client);

  it('converges two writers and relays to a reader', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const lead = await signIn(server, 'lead@justitie.example');
    const reader = await signIn(server, 'reader@binnenland.example');
    const a = track(connectClient(server, 'doc:kiv', lead));
    const b = track(connectClient(server, 'doc:kiv', lead));
    const r = track(connectClient(server, 'doc:kiv', reader));
    await waitFor(() => a.provider.synced && b.provider.synced && r.provider.synced, 'all clients synced');
    expect(a.text()).toContain('Maatschappelijke veiligheid');

    sectionParagraphText(a.doc, 'kiv-2').insert(0, 'Alpha ');
    sectionParagraphText(b.doc, 'kiv-2').insert(0, 'Beta ');
    await a.saved();
    await b.saved();
    await waitFor(() => a.text() === b.text() && b.text() === r.text() && r.text().includes('Alpha') && r.text().includes('Beta'), 'convergence');
    expect(sectionParagraphText(r.doc, 'kiv-2').toString()).toMatch(/^(Alpha Beta |Beta Alpha )Clear/);
  });

  it('keeps every saved edit across a restart', async () => {
    const first = await startTestServer();
    const cookie = await signIn(first, 'lead@justitie.example');
    const a = connectClient(first, 'doc:kiv', cookie);
    await waitFor(() => a.provider.synced, 'sync');
    for (let i = 0; i < 50; i++) sectionParagraphText(a.doc, 'kiv-3').insert(0, `w${i} `);
    await a.saved();
    const before = a.text();
    a.destroy();
    await first.close({ keepData: true });

    const second = await startTestServer({ dbPath: first.dbPath });
    cleanups.push(() => rmSync(dirname(first.dbPath), { recursive: true, force: true }));
    cleanups.push(() => second.close());
    expect(second.seed.seededDossier).toBe(false);
    const cookie2 = await signIn(second, 'reader@binnenland.example');
    const r = track(connectClient(second, 'doc:kiv', cookie2));
    await waitFor(() => r.provider.synced, 'sync after restart');
    expect(r.text()).toBe(before);
    expect(documentText(r.doc)).toContain('w49 w48');
    const text = await (await fetch(`${second.url}/api/documents/kiv/text`, { headers: { cookie: cookie2 } })).text();
    expect(text).toContain('w49 w48');
  });
});
