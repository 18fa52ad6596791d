/**
 * Starts, restarts and stops the servers under test as child processes, so their CPU and memory can
 * be read from /proc apart from the load generator. Ours: `node --import tsx server/main.ts`;
 * the baseline: `node --import tsx bench/hocuspocusServer.ts`. Output goes to a log file per run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerKind } from './dialect.js';

/** Root of the repository (the parent of bench/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const ENTRY: Record<ServerKind, string> = {
  ours: 'server/main.ts',
  hocuspocus: 'bench/hocuspocusServer.ts',
};

const HEALTH_PATH: Record<ServerKind, string> = {
  ours: '/healthz',
  hocuspocus: '/',
};

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Where and how a server runs; the same settings start it again for the cold case. */
export interface ServerSettings {
  kind: ServerKind;
  port: number;
  dbPath: string;
  logPath: string;
}

/** A running server child. */
export interface ServerProcess {
  /** Its settings. */
  readonly settings: ServerSettings;
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** The child's process ID (the node process itself, so /proc shows the server's own figures). */
  readonly pid: number;
  /** Milliseconds from spawn to the first healthy answer. */
  readonly startMs: number;
  /** Exit code or signal once it has exited, else null. */
  exited(): string | null;
  /** Stops it (SIGTERM, SIGKILL after 15 s) and resolves once it has exited. */
  stop(): Promise<void>;
}

async function waitHealthy(baseUrl: string, path: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited during start (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`server not healthy at ${baseUrl}${path} within ${timeoutMs} ms`);
}

/** Starts a server with `settings` and resolves when it answers its health check. */
export async function startServer(settings: ServerSettings): Promise<ServerProcess> {
  const baseUrl = `http://127.0.0.1:${settings.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(settings.port),
    HOST: '127.0.0.1',
    ...(settings.kind === 'ours'
      ? { AKKOORD_DB: settings.dbPath, AKKOORD_ORIGINS: baseUrl }
      : { HOCUSPOCUS_DB: settings.dbPath }),
  };
  const log: WriteStream = createWriteStream(settings.logPath, { flags: 'a' });
  log.write(`\n=== start ${settings.kind} on ${baseUrl} at ${new Date().toISOString()} ===\n`);
  const started = performance.now();
  // BENCH_SERVER_NODE_ARGS adds node flags to the server child, e.g. "--cpu-prof --trace-gc" to profile it.
  const extraArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', ENTRY[settings.kind]], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exitPromise = new Promise<void>((resolveExit) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      log.write(`=== exited: code ${code ?? '-'} signal ${signal ?? '-'} ===\n`);
      resolveExit();
    });
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${settings.kind}`);
  try {
    await waitHealthy(baseUrl, HEALTH_PATH[settings.kind], child, 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exitPromise;
    log.end();
    throw new Error(`${settings.kind}: ${(error as Error).message}; see ${settings.logPath}`);
  }
  const startMs = performance.now() - started;
  const pid = child.pid;
  return {
    settings,
    baseUrl,
    pid,
    startMs,
    exited: () => (child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode !== null ? `signal ${child.signalCode}` : null),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exitPromise;
        clearTimeout(timer);
      }
      await new Promise<void>((resolveEnd) => log.end(resolveEnd));
    },
  };
}
