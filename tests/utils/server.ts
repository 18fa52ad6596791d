/** Starts the real server on port 0 with a temporary SQLite file, seeded with the demo dossier. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import type { Clock } from '../../server/clock.js';
import { startServer, type RunningServer } from '../../server/startServer.js';

/** A server for one test file, with its database path and a way to stop it. */
export interface TestServer extends RunningServer {
  dbPath: string;
  /** Stops the server; the database file is removed unless `keepData`. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** Options for startTestServer. */
export interface TestServerOptions {
  /** Reuse an existing database file (e.g. to test a restart). */
  dbPath?: string;
  /** Extra environment, as an operator would set it. */
  env?: Record<string, string>;
  /** The clock deadlines are checked against (tests/utils/clock.ts moves it). */
  clock?: Clock;
}

/** Starts a server; `url` is its http address, `origin` the Origin that may call it. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer & { origin: string }> {
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'akkoord-test-'));
  const dbPath = options.dbPath ?? join(dir!, 'akkoord.db');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', AKKOORD_DB: dbPath, LOG_LEVEL: 'error', ...options.env });
  const server = await startServer(config, createLogger('error'), options.clock ? { clock: options.clock } : {});
  return {
    ...server,
    dbPath,
    origin: server.url,
    async close(closeOptions = {}) {
      await server.close();
      if (dir && !closeOptions.keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}
