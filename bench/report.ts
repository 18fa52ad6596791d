/**
 * Prints the figures as tables (ours | hocuspocus | ratio ours/hocuspocus) and the targets from the
 * issue as pass/fail lines.
 */
import type { ServerKind } from './dialect.js';
import type { QuietCheck } from './quietMachine.js';
import type { LateJoinResult } from './lateJoinScenario.js';
import type { TypingResult } from './typingScenario.js';

interface OutcomeContext {
  events: Array<{ event: string; count: number }>;
  logPath: string;
  logLines: string[];
  /** How busy the rest of the machine was just before the run (null when not checked). */
  quiet: QuietCheck | null;
}

/** What one server did in one scenario: figures, or the error that stopped it. */
export type Outcome<T> = ({ ok: true; result: T } | { ok: false; error: string }) & OutcomeContext;

/** Outcomes per scenario and server: the representative run (median by p99 / join time) and all runs. */
export interface ScenarioOutcomes {
  name: string;
  kind: 'typing' | 'late-join';
  runs: Partial<Record<ServerKind, Outcome<TypingResult> | Outcome<LateJoinResult>>>;
  all: Partial<Record<ServerKind, Array<Outcome<TypingResult> | Outcome<LateJoinResult>>>>;
}

/** Anchors measured with Hocuspocus 4.7 on the same machine (from the issue). */
export const ANCHORS = {
  'typing-200': { p99Ms: 16.5 },
  'typing-1000': { p99Ms: 57 },
  'late-join': { warmMs: 468, coldMs: 841 },
} as const;

/** One target line. */
export interface TargetCheck {
  target: string;
  pass: boolean | null;
  detail: string;
}

type Row<T> = [label: string, pick: (result: T) => number, digits: number];

const TYPING_ROWS: Array<Row<TypingResult>> = [
  ['latency p50 (ms)', (r) => r.latency.p50, 1],
  ['latency p99 (ms)', (r) => r.latency.p99, 1],
  ['latency max (ms)', (r) => r.latency.max, 1],
  ['deliveries measured', (r) => r.latency.count, 0],
  ['deliveries lost', (r) => r.lost, 0],
  ['keystrokes in window', (r) => r.measuredKeystrokes, 0],
  ['frames delivered in window', (r) => r.framesInWindow, 0],
  ['server CPU (% of a core)', (r) => r.serverCpuPercent, 1],
  ['server CPU per frame (µs)', (r) => r.cpuMicrosPerFrame, 2],
  ['server CPU per delivery (µs)', (r) => r.cpuMicrosPerDelivery, 2],
  ['server RSS peak (MiB)', (r) => r.peakRssMiB, 0],
  ['generator CPU (% of a core)', (r) => r.generatorCpuPercent, 0],
  ['generator loop delay p99 (ms)', (r) => r.generatorLoopDelayP99Ms, 1],
  ['other processes CPU (% of a core)', (r) => r.otherCpuPercent, 0],
  ['connect all (s)', (r) => r.connectSeconds, 1],
  ['failed connects', (r) => r.failedConnects, 0],
  ['closed by server', (r) => r.closedDuringRun, 0],
  ['out-of-order ranges', (r) => r.gaps, 0],
];

const LATE_JOIN_ROWS: Array<Row<LateJoinResult>> = [
  ['warm join median (ms)', (r) => r.warmMedianMs, 0],
  ['cold join median (ms)', (r) => r.coldMedianMs, 0],
  ['warm: step 2 received (ms)', (r) => r.warmReceivedMedianMs, 0],
  ['cold: step 2 received (ms)', (r) => r.coldReceivedMedianMs, 0],
  ['sync step 2 size (KiB)', (r) => (r.warm[0]?.stateBytes ?? Number.NaN) / 1024, 0],
  ['document characters', (r) => r.documentChars, 0],
  ['incomplete joins', (r) => r.incompleteJoins, 0],
  ['push + confirm (s)', (r) => r.pushSeconds, 1],
  ['restart to healthy median (ms)', (r) => [...r.restartMs].sort((a, b) => a - b)[Math.floor(r.restartMs.length / 2)] ?? Number.NaN, 0],
  ['server RSS peak (MiB)', (r) => r.peakRssMiB, 0],
  ['other processes CPU (% of a core)', (r) => r.otherCpuPercent, 0],
];

function fmt(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table<T>(rows: Array<Row<T>>, ours: T | undefined, theirs: T | undefined): string {
  const lines = rows.map(([label, pick, digits]) => {
    const a = ours === undefined ? Number.NaN : pick(ours);
    const b = theirs === undefined ? Number.NaN : pick(theirs);
    const ratio = Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '—';
    return [label, fmt(a, digits), fmt(b, digits), ratio];
  });
  const header = ['', 'ours', 'hocuspocus', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const render = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  │ ');
  return [render(header), widths.map((w) => '─'.repeat(w)).join('──┼─'), ...lines.map(render)].join('\n');
}

function resultOf<T>(outcome: Outcome<T> | undefined): T | undefined {
  return outcome?.ok === true ? outcome.result : undefined;
}

/** The table of one scenario, with errors and odd events under it. */
export function renderScenario(scenario: ScenarioOutcomes): string {
  const parts: string[] = [`\n## ${scenario.name}`];
  if (scenario.kind === 'typing') {
    parts.push(table(TYPING_ROWS, resultOf(scenario.runs.ours as Outcome<TypingResult> | undefined), resultOf(scenario.runs.hocuspocus as Outcome<TypingResult> | undefined)));
  } else {
    parts.push(table(LATE_JOIN_ROWS, resultOf(scenario.runs.ours as Outcome<LateJoinResult> | undefined), resultOf(scenario.runs.hocuspocus as Outcome<LateJoinResult> | undefined)));
  }
  for (const kind of ['ours', 'hocuspocus'] as const) {
    const outcome = scenario.runs[kind];
    if (outcome === undefined) continue;
    const runs = scenario.all[kind] ?? [];
    if (runs.length > 1) parts.push(`  ${kind}: median of ${runs.length} runs shown`);
    if (outcome.quiet !== null && !outcome.quiet.quiet) {
      parts.push(`  ${kind}: machine not quiet before the run (other processes at ${outcome.quiet.otherCpuPercent.toFixed(0)} % of a core after ${outcome.quiet.waitedSeconds.toFixed(0)} s wait) — figures are contaminated`);
    }
    if (!outcome.ok) parts.push(`  ${kind}: FAILED — ${outcome.error}`);
    for (const { event, count } of outcome.events) parts.push(`  ${kind}: ${count}× ${event}`);
    if (outcome.logLines.length > 0) parts.push(`  ${kind}: server log (${outcome.logPath}) has warnings/errors, e.g.:\n${outcome.logLines.slice(0, 8).map((line) => `      ${line}`).join('\n')}`);
  }
  return parts.join('\n');
}

/** Checks the issue's targets against the outcomes (null when not measured). */
export function checkTargets(scenarios: ScenarioOutcomes[]): TargetCheck[] {
  const find = (name: string): ScenarioOutcomes | undefined => scenarios.find((s) => s.name === name);
  const checks: TargetCheck[] = [];
  const t200 = find('typing-200');
  if (t200 !== undefined) {
    const ours = resultOf(t200.runs.ours as Outcome<TypingResult> | undefined);
    const theirs = resultOf(t200.runs.hocuspocus as Outcome<TypingResult> | undefined);
    checks.push({
      target: '200 clients / 20 typing: our p99 ≤ Hocuspocus p99',
      pass: ours === undefined || theirs === undefined ? null : ours.latency.p99 <= theirs.latency.p99 && ours.lost === 0,
      detail: `ours ${fmt(ours?.latency.p99 ?? Number.NaN, 1)} ms (lost ${ours?.lost ?? '—'}) vs hocuspocus ${fmt(theirs?.latency.p99 ?? Number.NaN, 1)} ms (anchor ${ANCHORS['typing-200'].p99Ms} ms)`,
    });
  }
  const t1000 = find('typing-1000');
  if (t1000 !== undefined) {
    const ours = resultOf(t1000.runs.ours as Outcome<TypingResult> | undefined);
    const theirs = resultOf(t1000.runs.hocuspocus as Outcome<TypingResult> | undefined);
    checks.push({
      target: '1,000 clients / 60 typing: our p99 < 100 ms, nothing lost',
      pass: ours === undefined ? null : ours.latency.p99 < 100 && ours.lost === 0,
      detail: `ours ${fmt(ours?.latency.p99 ?? Number.NaN, 1)} ms (lost ${ours?.lost ?? '—'}); hocuspocus ${fmt(theirs?.latency.p99 ?? Number.NaN, 1)} ms (anchor ${ANCHORS['typing-1000'].p99Ms} ms)`,
    });
  }
  const late = find('late-join');
  if (late !== undefined) {
    const ours = resultOf(late.runs.ours as Outcome<LateJoinResult> | undefined);
    const theirs = resultOf(late.runs.hocuspocus as Outcome<LateJoinResult> | undefined);
    for (const phase of ['warm', 'cold'] as const) {
      const key = phase === 'warm' ? 'warmMedianMs' : 'coldMedianMs';
      const anchor = phase === 'warm' ? ANCHORS['late-join'].warmMs : ANCHORS['late-join'].coldMs;
      checks.push({
        target: `late join ${phase}: ours ≤ Hocuspocus`,
        pass: ours === undefined || theirs === undefined ? null : ours[key] <= theirs[key] && ours.incompleteJoins === 0,
        detail: `ours ${fmt(ours?.[key] ?? Number.NaN, 0)} ms vs hocuspocus ${fmt(theirs?.[key] ?? Number.NaN, 0)} ms (anchor ${anchor} ms)`,
      });
    }
  }
  return checks;
}

/** The target lines as text. */
export function renderTargets(checks: TargetCheck[]): string {
  return ['\n## targets', ...checks.map((c) => `${c.pass === null ? 'n/a ' : c.pass ? 'PASS' : 'FAIL'}  ${c.target} — ${c.detail}`)].join('\n');
}
