/**
 * N clients on one document, W of them typing at a given rate: keystroke-to-arrival latency at
 * every other client (p50, p99, max, lost), server CPU per delivered frame, server memory.
 *
 * Timeline: set-up writer adds one paragraph per typist → all clients connect and sync → typing
 * starts → warm-up → measurement window (keystrokes sent in it are measured, frames received in it
 * counted, server CPU read at both ends) → typing stops → grace period for late deliveries.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DeliveryTracker } from './deliveryTracker.js';
import type { Diagnostics } from './diagnostics.js';
import type { Dialect } from './dialect.js';
import { appendParagraphs } from './documentShape.js';
import { MemorySampler, readCpuSeconds, readMachineBusySeconds } from './procStats.js';
import type { ServerProcess } from './servers.js';
import { seededRandom, type Summary } from './stats.js';
import { Listener, Typist, typistParagraphLabel, type TypistBehaviour } from './typingClients.js';
import { WriterSession } from './writerSession.js';

/** Settings of one typing run. */
export interface TypingOptions {
  /** Clients on the document, typists included. */
  clients: number;
  /** How many of them type. */
  typists: number;
  /** Keystrokes per second per typist (intervals jittered ±50 %). */
  rate: number;
  /** Length of the measurement window. */
  seconds: number;
  /** Typing before the window opens. */
  warmupSeconds: number;
  /** Longest wait after typing stops for deliveries still under way. */
  graceSeconds: number;
  /** Connections opened at the same time while connecting. */
  connectConcurrency: number;
  /** PRNG seed (typing positions and characters). */
  seed: number;
  /** What typists send beside their updates. */
  behaviour: TypistBehaviour;
}

/** Figures of one typing run against one server. */
export interface TypingResult {
  /** Keystroke → arrival at each other client, ms. */
  latency: Summary;
  /** (keystroke, receiver) pairs expected in the window. */
  expectedDeliveries: number;
  /** Expected pairs that never arrived by the end of the grace period. */
  lost: number;
  /** Ranges that arrived with clocks skipped (out of order or missing before them). */
  gaps: number;
  /** Keystrokes sent in the window / in total. */
  measuredKeystrokes: number;
  totalKeystrokes: number;
  /** Frames received by all clients during the window. */
  framesInWindow: number;
  /** Server CPU during the window: seconds, percent of one core, µs per delivered frame, µs per delivered keystroke. */
  serverCpuSeconds: number;
  serverCpuPercent: number;
  cpuMicrosPerFrame: number;
  cpuMicrosPerDelivery: number;
  /** Server memory over the run, MiB. */
  peakRssMiB: number;
  highWaterMiB: number;
  /** The generator's own load in the window, so a saturated generator shows. */
  generatorCpuPercent: number;
  /** CPU used by everything else on the machine in the window (other people's tests…), % of a core. */
  otherCpuPercent: number;
  generatorLoopDelayP99Ms: number;
  /** Connecting: seconds for all, how many made it, how many failed. */
  connectSeconds: number;
  connected: number;
  failedConnects: number;
  /** Connections the server closed before the end. */
  closedDuringRun: number;
  /** Window length actually measured, s. */
  windowSeconds: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** Runs one typing scenario against a started server; the caller stops the server afterwards. */
export async function runTyping(
  server: ServerProcess,
  dialect: Dialect,
  options: TypingOptions,
  diagnostics: Diagnostics,
  log: (line: string) => void,
): Promise<TypingResult> {
  const memory = new MemorySampler(server.pid);
  const random = seededRandom(options.seed);
  const tracker = new DeliveryTracker();
  const typistCount = Math.min(options.typists, options.clients);

  // One paragraph per typist, so typists type where nobody else does, as people do.
  const setup = new WriterSession(dialect, diagnostics);
  await setup.open();
  setup.change((doc) => {
    appendParagraphs(doc, typistCount, (i) => `${typistParagraphLabel(i)}De veiligheidsketen werkt samen aan dit plan. `);
  });
  await setup.waitStored();
  await setup.close();

  const typists = Array.from({ length: typistCount }, (_, i) => new Typist(dialect, i, tracker, diagnostics, random, options.behaviour));
  const listeners = Array.from({ length: options.clients - typistCount }, () => new Listener(dialect, tracker, diagnostics));
  const all = [...typists.map((t) => t.client), ...listeners.map((l) => l.client)];

  const connectStart = performance.now();
  let failedConnects = 0;
  await inPool(all, options.connectConcurrency, async (client) => {
    try {
      await client.connect();
    } catch {
      failedConnects++;
    }
  });
  const connectSeconds = (performance.now() - connectStart) / 1000;
  log(`  connected ${all.length - failedConnects}/${all.length} in ${connectSeconds.toFixed(1)} s`);
  for (const typist of typists) typist.pickTarget();
  await sleep(500);

  // Typing: each typist on its own jittered timer, bounded in time and count.
  let typing = true;
  const timers = new Set<NodeJS.Timeout>();
  const totalSeconds = options.warmupSeconds + options.seconds;
  const maxKeystrokes = Math.ceil(options.rate * totalSeconds * 2) + 10;
  const interval = (): number => (1000 / options.rate) * (0.5 + random());
  const loop = (typist: Typist): void => {
    if (!typing || typist.keystrokes >= maxKeystrokes || typist.client.closed !== null || !typist.client.synced) return;
    typist.type();
    const timer = setTimeout(() => {
      timers.delete(timer);
      loop(typist);
    }, interval());
    timers.add(timer);
  };
  for (const typist of typists) {
    const timer = setTimeout(() => {
      timers.delete(timer);
      loop(typist);
    }, random() * (1000 / options.rate));
    timers.add(timer);
  }

  await sleep(options.warmupSeconds * 1000);

  // Measurement window.
  const openAtStart = all.filter((client) => client.synced && client.closed === null).length;
  for (const client of all) client.counting = true;
  tracker.measuring = true;
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const cpu0 = readCpuSeconds(server.pid);
  const machine0 = readMachineBusySeconds();
  const gen0 = process.cpuUsage();
  const t0 = performance.now();
  await sleep(options.seconds * 1000);
  tracker.measuring = false;
  const t1 = performance.now();
  const cpu1 = readCpuSeconds(server.pid);
  const machine1 = readMachineBusySeconds();
  const gen1 = process.cpuUsage(gen0);
  for (const client of all) client.counting = false;
  loopDelay.disable();
  typing = false;
  for (const timer of timers) clearTimeout(timer);
  timers.clear();

  const expectedDeliveries = tracker.measuredKeystrokes * Math.max(0, openAtStart - 1);
  const graceEnd = performance.now() + options.graceSeconds * 1000;
  while (tracker.latencies.length < expectedDeliveries && performance.now() < graceEnd) await sleep(100);

  const windowSeconds = (t1 - t0) / 1000;
  const framesInWindow = all.reduce((sum, client) => sum + client.framesCounted, 0);
  const serverCpuSeconds = cpu1 - cpu0;
  const latency = tracker.latencies.summary();
  const closedDuringRun = all.filter((client) => client.closed !== null).length;
  const { peakRssMiB, highWaterMiB } = memory.stop();

  await inPool(all, 100, (client) => client.close());
  for (const typist of typists) typist.destroy();

  return {
    latency,
    expectedDeliveries,
    lost: expectedDeliveries - latency.count,
    gaps: tracker.gaps,
    measuredKeystrokes: tracker.measuredKeystrokes,
    totalKeystrokes: tracker.totalKeystrokes,
    framesInWindow,
    serverCpuSeconds,
    serverCpuPercent: (serverCpuSeconds / windowSeconds) * 100,
    cpuMicrosPerFrame: framesInWindow > 0 ? (serverCpuSeconds * 1e6) / framesInWindow : Number.NaN,
    cpuMicrosPerDelivery: latency.count > 0 ? (serverCpuSeconds * 1e6) / latency.count : Number.NaN,
    peakRssMiB,
    highWaterMiB,
    generatorCpuPercent: ((gen1.user + gen1.system) / 1e6 / windowSeconds) * 100,
    otherCpuPercent: ((machine1 - machine0 - serverCpuSeconds - (gen1.user + gen1.system) / 1e6) / windowSeconds) * 100,
    generatorLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    connectSeconds,
    connected: all.length - failedConnects,
    failedConnects,
    closedDuringRun,
    windowSeconds,
  };
}
