/**
 * Command-line flags (and BENCH_* environment variables) of `npm run bench`:
 *
 *   --scenario=typing-200,typing-1000,late-join,amendments,authorship-pass
 *                                                which scenarios (typing-<clients>-<typists> too);
 *                                                amendments runs ours only, in-process;
 *                                                authorship-pass times the browser's "who wrote
 *                                                what" pass in-process (--timed-repeats of them)
 *   --amendments=200 --timed-repeats=7           amendments scenario: open amendments, timed repeats
 *   --only=ours|hocuspocus                       one server only
 *   --seconds=20 --warmup=3 --grace=5 --rate=5   typing window, warm-up, grace (s), keystrokes/s per typist
 *   --edits=100000 --paragraphs=60 --chunks=400  late-join history
 *   --delete-share=0.15 --cursor-share=0.5       its deletes, and inserts that continue where the
 *                                                author typed last (the rest go to random places)
 *   --warm-repeats=7 --cold-repeats=3            late-join repetitions
 *   --seed=20261130                              PRNG seed
 *   --save-checks=true --awareness=false         typists send a SaveCheck per keystroke (as our client
 *                                                does; Hocuspocus acks every update by itself) /
 *                                                an awareness cursor update per keystroke
 *   --repeat=1                                   runs per scenario and server (the median run is shown)
 *   --quiet-wait=15 --quiet-threshold=25         before each run wait up to 15 s for other processes
 *                                                to use < 25 % of a core (0 disables the wait)
 *
 * An environment variable BENCH_SECONDS=10 stands for --seconds=10 (flags win).
 */
import type { ServerKind } from './dialect.js';

/** A typing scenario: clients on one document, typists among them. */
export interface TypingScenario {
  kind: 'typing';
  name: string;
  clients: number;
  typists: number;
}

/** The late-join scenario. */
export interface LateJoinScenario {
  kind: 'late-join';
  name: 'late-join';
}

/** The amendments scenario (ours only: Hocuspocus has no amendments). */
export interface AmendmentsScenario {
  kind: 'amendments';
  name: 'amendments';
}

/** The browser's "who wrote what" pass, timed in-process. */
export interface AuthorshipPassScenario {
  kind: 'authorship-pass';
  name: 'authorship-pass';
}

/** One scenario to run. */
export type Scenario = TypingScenario | LateJoinScenario | AmendmentsScenario | AuthorshipPassScenario;

/** Everything a run needs to know. */
export interface BenchOptions {
  scenarios: Scenario[];
  servers: ServerKind[];
  seconds: number;
  warmupSeconds: number;
  graceSeconds: number;
  rate: number;
  connectConcurrency: number;
  edits: number;
  paragraphs: number;
  authors: number;
  deleteShare: number;
  cursorShare: number;
  chunks: number;
  pushRate: number;
  warmRepeats: number;
  coldRepeats: number;
  seed: number;
  repeat: number;
  saveChecks: boolean;
  awareness: boolean;
  quietWaitSeconds: number;
  quietThresholdPercent: number;
  amendments: number;
  timedRepeats: number;
}

const DEFAULT_SCENARIOS = 'typing-200,typing-1000,late-join,amendments,authorship-pass';

function parseScenario(name: string): Scenario {
  if (name === 'late-join') return { kind: 'late-join', name };
  if (name === 'amendments') return { kind: 'amendments', name };
  if (name === 'authorship-pass') return { kind: 'authorship-pass', name };
  const named: Record<string, [number, number]> = { 'typing-200': [200, 20], 'typing-1000': [1000, 60] };
  const preset = named[name];
  if (preset !== undefined) return { kind: 'typing', name, clients: preset[0], typists: preset[1] };
  const custom = /^typing-(\d+)-(\d+)$/.exec(name);
  if (custom?.[1] !== undefined && custom[2] !== undefined) {
    const clients = Number(custom[1]);
    const typists = Number(custom[2]);
    if (clients >= 2 && clients <= 5000 && typists >= 1 && typists <= clients) return { kind: 'typing', name, clients, typists };
  }
  throw new Error(`unknown scenario "${name}" (use typing-200, typing-1000, typing-<clients>-<typists>, late-join, amendments or authorship-pass)`);
}

/** Parses `argv` (without node and script) with BENCH_* environment fallbacks. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (match?.[1] === undefined) throw new Error(`unknown argument "${arg}" (flags look like --seconds=20)`);
    flags.set(match[1], match[2] ?? 'true');
  }
  const known = ['scenario', 'only', 'seconds', 'warmup', 'grace', 'rate', 'connect-concurrency', 'edits', 'paragraphs', 'authors', 'delete-share', 'cursor-share', 'chunks', 'push-rate', 'warm-repeats', 'cold-repeats', 'seed', 'repeat', 'save-checks', 'awareness', 'quiet-wait', 'quiet-threshold', 'amendments', 'timed-repeats'];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown flag --${name}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const get = (name: string): string | undefined => flags.get(name) ?? env[`BENCH_${name.toUpperCase().replaceAll('-', '_')}`];
  const num = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw new Error(`--${name} must be true or false`);
  };
  const only = get('only');
  if (only !== undefined && only !== 'ours' && only !== 'hocuspocus') throw new Error('--only must be ours or hocuspocus');
  return {
    scenarios: (get('scenario') ?? DEFAULT_SCENARIOS).split(',').filter(Boolean).map(parseScenario),
    servers: only === undefined ? ['ours', 'hocuspocus'] : [only],
    seconds: num('seconds', 20, 1, 600),
    warmupSeconds: num('warmup', 3, 0, 120),
    graceSeconds: num('grace', 5, 0, 120),
    rate: num('rate', 5, 0.1, 500),
    connectConcurrency: num('connect-concurrency', 50, 1, 1000),
    edits: num('edits', 100_000, 0, 1_000_000),
    paragraphs: num('paragraphs', 60, 1, 10_000),
    authors: num('authors', 8, 1, 1000),
    deleteShare: num('delete-share', 0.15, 0, 0.9),
    cursorShare: num('cursor-share', 0.5, 0, 1),
    chunks: num('chunks', 400, 1, 100_000),
    pushRate: num('push-rate', 100, 1, 190),
    warmRepeats: num('warm-repeats', 7, 1, 100),
    coldRepeats: num('cold-repeats', 3, 1, 50),
    seed: num('seed', 20261130, 0, 2 ** 32 - 1),
    repeat: num('repeat', 1, 1, 20),
    saveChecks: bool('save-checks', true),
    awareness: bool('awareness', false),
    quietWaitSeconds: num('quiet-wait', 15, 0, 600),
    quietThresholdPercent: num('quiet-threshold', 25, 1, 200),
    amendments: num('amendments', 200, 1, 2000),
    timedRepeats: num('timed-repeats', 7, 1, 100),
  };
}
