/**
 * A late joiner loading a large document: ~300,000 characters with 100,000 edits of history,
 * pushed to the server as a few hundred updates. Warm: the document is in the server's memory (the
 * loader stays connected). Cold: the server child is restarted on the same SQLite file and the
 * first client after the restart is timed. The time runs from opening the WebSocket to having
 * applied sync step 2 to an empty Y.Doc; the length of its text is then checked against the build.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { buildLargeDocument, type LargeDocumentOptions } from './buildLargeDocument.js';
import type { Diagnostics } from './diagnostics.js';
import type { Dialect } from './dialect.js';
import { textLength } from './documentShape.js';
import { MemorySampler, readCpuSeconds, readMachineBusySeconds } from './procStats.js';
import { startServer, type ServerProcess } from './servers.js';
import { median } from './stats.js';
import { EMPTY_STATE_VECTOR, SyncClient, type SyncClientOwner } from './syncClient.js';
import { WriterSession } from './writerSession.js';

/** Settings of the late-join runs. */
export interface LateJoinOptions extends LargeDocumentOptions {
  /** Timed warm joins (median reported). */
  warmRepeats: number;
  /** Timed cold joins, one server restart each (median reported). */
  coldRepeats: number;
  /** Update messages per second while pushing the history (ours allows 200/s per connection). */
  pushRate: number;
}

/** One timed join. */
export interface JoinSample {
  /** Opening the socket → sync step 2 applied, ms. */
  totalMs: number;
  /** Opening the socket → sync step 2 received (before the client applies it), ms. */
  receivedMs: number;
  /** Size of sync step 2's update, bytes. */
  stateBytes: number;
  /** Characters the joiner ended up with. */
  length: number;
}

/** Figures of the late-join runs against one server. */
export interface LateJoinResult {
  documentChars: number;
  edits: number;
  chunks: number;
  historyBytes: number;
  buildMs: number;
  pushSeconds: number;
  warm: JoinSample[];
  cold: JoinSample[];
  warmMedianMs: number;
  coldMedianMs: number;
  warmReceivedMedianMs: number;
  coldReceivedMedianMs: number;
  /** Joins whose text length did not match the build. */
  incompleteJoins: number;
  /** Server start times after restarts (spawn → healthy), ms. */
  restartMs: number[];
  peakRssMiB: number;
  /** CPU used by other processes while the joins ran, % of a core. */
  otherCpuPercent: number;
  /** The server process still running when this returns (the caller stops it). */
  server: ServerProcess;
}

class Joiner implements SyncClientOwner {
  readonly doc = new Y.Doc();
  receivedAt = Number.NaN;
  stateBytes = 0;
  stateVector(): Uint8Array {
    return EMPTY_STATE_VECTOR;
  }
  missingFor(serverStateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, serverStateVector);
  }
  onUpdate(update: Uint8Array, at: number, initial: boolean): void {
    if (initial) {
      this.receivedAt = at;
      this.stateBytes = update.length;
    }
    Y.applyUpdate(this.doc, update, 'remote');
  }
}

async function joinOnce(dialect: Dialect, diagnostics: Diagnostics): Promise<JoinSample> {
  const joiner = new Joiner();
  const client = new SyncClient(dialect, 'writer', joiner, diagnostics);
  const started = performance.now();
  await client.connect(60_000);
  const applied = performance.now();
  const sample = {
    totalMs: applied - started,
    receivedMs: joiner.receivedAt - started,
    stateBytes: joiner.stateBytes,
    length: textLength(joiner.doc),
  };
  await client.close();
  joiner.doc.destroy();
  return sample;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the late-join scenario; restarts `server` for the cold joins and returns the last one running. */
export async function runLateJoin(
  server: ServerProcess,
  dialect: Dialect,
  options: LateJoinOptions,
  diagnostics: Diagnostics,
  log: (line: string) => void,
): Promise<LateJoinResult> {
  let memory = new MemorySampler(server.pid);
  let peakRssMiB = 0;

  const loader = new WriterSession(dialect, diagnostics);
  await loader.open();
  const built = buildLargeDocument(Y.encodeStateAsUpdate(loader.doc), options);
  loader.ignoreIncoming = true;
  log(`  built ${built.expectedLength} characters, ${options.edits} edits, ${built.chunks.length} updates (${(built.bytes / 1048576).toFixed(2)} MiB) in ${(built.buildMs / 1000).toFixed(1)} s`);

  const pushStart = performance.now();
  const gap = 1000 / options.pushRate;
  for (let i = 0; i < built.chunks.length; i++) {
    const due = pushStart + i * gap;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const ackDeadline = performance.now() + 60_000;
    while (loader.outstanding > 50) {
      if (performance.now() > ackDeadline) throw new Error(`server stopped acknowledging updates (${loader.outstanding} outstanding)`);
      await sleep(5);
    }
    if (loader.client.closed !== null) throw new Error(`loader closed while pushing: ${loader.client.closed.code} ${loader.client.closed.reason}`);
    loader.send(built.chunks[i] as Uint8Array);
  }
  await loader.waitStored(180_000);
  const pushSeconds = (performance.now() - pushStart) / 1000;
  log(`  pushed and confirmed in ${pushSeconds.toFixed(1)} s`);
  await sleep(1000);

  // From here on, count what everything else on the machine uses.
  const machine0 = readMachineBusySeconds();
  const generator0 = process.cpuUsage();
  const joinsStarted = performance.now();
  let serverCpu = -readCpuSeconds(server.pid);
  // One untimed join first, so neither server's figures carry the generator's JIT warm-up.
  await joinOnce(dialect, diagnostics);
  await sleep(300);

  const check = (sample: JoinSample): boolean => sample.length === built.expectedLength;
  let incompleteJoins = 0;
  const warm: JoinSample[] = [];
  for (let i = 0; i < options.warmRepeats; i++) {
    const sample = await joinOnce(dialect, diagnostics);
    if (!check(sample)) incompleteJoins++;
    warm.push(sample);
    await sleep(300);
  }
  log(`  warm joins: ${warm.map((s) => s.totalMs.toFixed(0)).join(', ')} ms (lengths ${[...new Set(warm.map((s) => s.length))].join('/')}, expected ${built.expectedLength})`);
  await loader.close();
  await sleep(1000);

  const cold: JoinSample[] = [];
  const restartMs: number[] = [];
  let current = server;
  for (let i = 0; i < options.coldRepeats; i++) {
    peakRssMiB = Math.max(peakRssMiB, memory.stop().peakRssMiB);
    serverCpu += readCpuSeconds(current.pid);
    await current.stop();
    current = await startServer(current.settings);
    restartMs.push(current.startMs);
    memory = new MemorySampler(current.pid);
    const sample = await joinOnce(dialect, diagnostics);
    if (!check(sample)) incompleteJoins++;
    cold.push(sample);
  }
  log(`  cold joins: ${cold.map((s) => s.totalMs.toFixed(0)).join(', ')} ms (lengths ${[...new Set(cold.map((s) => s.length))].join('/')})`);
  peakRssMiB = Math.max(peakRssMiB, memory.stop().peakRssMiB);
  serverCpu += readCpuSeconds(current.pid);
  const generator = process.cpuUsage(generator0);
  const joinSeconds = (performance.now() - joinsStarted) / 1000;
  const otherCpuPercent = ((readMachineBusySeconds() - machine0 - serverCpu - (generator.user + generator.system) / 1e6) / joinSeconds) * 100;

  return {
    documentChars: built.expectedLength,
    edits: options.edits,
    chunks: built.chunks.length,
    historyBytes: built.bytes,
    buildMs: built.buildMs,
    pushSeconds,
    warm,
    cold,
    warmMedianMs: median(warm.map((s) => s.totalMs)),
    coldMedianMs: median(cold.map((s) => s.totalMs)),
    warmReceivedMedianMs: median(warm.map((s) => s.receivedMs)),
    coldReceivedMedianMs: median(cold.map((s) => s.receivedMs)),
    incompleteJoins,
    restartMs,
    peakRssMiB,
    otherCpuPercent,
    server: current,
  };
}
