/**
 * Checkpoints the WAL from a worker thread. SQLite's automatic checkpoint runs inside whichever
 * commit crosses the threshold and fsyncs the database file there: ~10 ms on the event loop every
 * few seconds of typing, a stall for every connection. A second connection in a worker copies the
 * WAL back with PASSIVE checkpoints instead, which never block the writer. The main connection
 * keeps a high automatic threshold only as a backstop should the worker stop.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import type { Db } from './database.js';

/** WAL pages after which the main connection checkpoints itself (backstop; ~40 MiB). */
const BACKSTOP_PAGES = 10_000;
/** WAL pages after which the worker forces the WAL to start over (~8 MiB). */
const RESTART_PAGES = 2_000;

// Plain CommonJS run with `eval`, so the worker needs no TypeScript loader (tests, tsx, node alike).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
// A WAL truncated back to this size after it is restarted, so one busy hour does not keep a huge file.
db.pragma('journal_size_limit = 16777216');
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    // PASSIVE copies pages but the WAL only starts over when a write finds it fully copied; under
    // steady typing that moment may not come. Past a size, RESTART: it holds writers back only for
    // the little PASSIVE left to copy, far below the backstop's pause.
    if (result && result.log > workerData.restartPages) db.pragma('wal_checkpoint(RESTART)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running checkpointer; stop() before closing the main connection. */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `db` (a file in WAL mode) every `intervalMs` from a worker thread. */
export function startWalCheckpointer(db: Db, logger: Logger, intervalMs = 1000): WalCheckpointer {
  if (db.memory) return { stop: async () => {} };
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      path: db.name,
      driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
      intervalMs,
      restartPages: RESTART_PAGES,
    },
  });
  worker.unref();
  worker.on('message', (message: { error?: string }) => logger.warn('storage.checkpoint_failed', { error: message.error }));
  worker.on('error', (error) => logger.error('storage.checkpointer_crashed', { error: String(error) }));
  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      await worker.terminate();
    },
  };
}
