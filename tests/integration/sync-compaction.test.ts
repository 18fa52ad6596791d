/** History is compacted into snapshots so loading stays fast; the attribution log keeps every edit. */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn } from '../utils/http.js';
import { startTestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

describe('compaction', () => {
  it('keeps the update log short and the attribution log whole, across a restart', async () => {
    const server = await startTestServer({ env: { AKKOORD_COMPACT_AFTER: '10' } });
    const cookie = await signIn(server, 'lead@justitie.example');
    const client = connectClient(server, 'doc:kiv', cookie);
    await waitFor(() => client.provider.synced, 'sync');
    for (let i = 0; i < 60; i++) {
      sectionParagraphText(client.doc, 'kiv-2').insert(0, `c${i} `);
      await client.saved();
    }
    const count = (sql: string) => (server.services.db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM room_updates WHERE room = 'doc:kiv'")).toBeLessThanOrEqual(11);
    expect(count("SELECT count(*) AS n FROM room_updates WHERE room = 'doc:kiv' AND is_snapshot = 1")).toBe(1);
    const lead = server.services.users.findByEmail('lead@justitie.example')!;
    expect(count(`SELECT count(*) AS n FROM attribution_log WHERE room = 'doc:kiv' AND user_id = '${lead.id}'`)).toBe(60);
    const text = client.text();
    client.destroy();
    await server.close({ keepData: true });

    const again = await startTestServer({ dbPath: server.dbPath });
    try {
      const reader = connectClient(again, 'doc:kiv', await signIn(again, 'reader@binnenland.example'));
      await waitFor(() => reader.provider.synced, 'sync after restart');
      expect(reader.text()).toBe(text);
      expect(reader.text()).toContain('c59 c58');
      reader.destroy();
    } finally {
      await again.close();
      rmSync(dirname(server.dbPath), { recursive: true, force: true });
    }
  });
});
