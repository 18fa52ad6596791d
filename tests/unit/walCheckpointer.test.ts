/** The WAL is checkpointed from a worker thread, so it stays bounded without stalling the writer. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.js';
import { openDatabase } from '../../server/storage/database.js';
import { startWalCheckpointer } from '../../server/storage/walCheckpointer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('startWalCheckpointer', () => {
  it('copies the WAL back from another thread and keeps it bounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akkoord-wal-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'akkoord.db'));
    db.exec('CREATE TABLE t (x BLOB)');
    const checkpointer = startWalCheckpointer(db, createLogger('error'), 20);
    // The main connection no longer checkpoints every 1,000 pages itself: only as a backstop.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 6_000; i++) {
      insert.run(Buffer.alloc(3000, i % 251));
      if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    // Every row takes a page: without the worker the WAL would now hold 6,000 frames and more (the
    // backstop starts only at 10,000). The worker restarted it along the way, so it holds fewer.
    const walFrames = () => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[])[0]!;
    expect(walFrames().log).toBeLessThan(5_000);
    expect(statSync(join(dir, 'akkoord.db-wal')).size).toBeLessThan(6_000 * 4096);
    await checkpointer.stop();
    expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(6_000);
    db.close();
  });

  it('does nothing for an in-memory database', async () => {
    const db = openDatabase(':memory:');
    await startWalCheckpointer(db, createLogger('error')).stop();
    db.close();
  });
});
