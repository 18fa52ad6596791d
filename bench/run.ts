/**
 * The benchmark: drives our server and @hocuspocus/server 4.7 (each as a child process on a fresh
 * SQLite file per scenario) under the same load and prints our figures beside theirs.
 * `npm run bench -- --scenario=typing-200 --seconds=20 --only=ours`; flags in bench/options.ts.
 * Results go to bench/results/<timestamp>.json, server logs beside them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Diagnostics } from './diagnostics.js';
import type { Dialect, ServerKind } from './dialect.js';
import { hocuspocusDialect } from './hocuspocusProtocol.js';
import { renderAmendments, runAmendmentsBench, type AmendmentsBenchResult } from './amendmentsScenario.js';
import { renderAuthorshipPass, runAuthorshipPassBench, type AuthorshipPassResult } from './authorshipPassScenario.js';
import { runLateJoin, type LateJoinResult } from './lateJoinScenario.js';
import { parseOptions, type BenchOptions, type Scenario } from './options.js';
import { login, ourDialect } from './ourProtocol.js';
import { waitForQuietMachine } from './quietMachine.js';
import { checkTargets, renderScenario, renderTargets, type Outcome, type ScenarioOutcomes } from './report.js';
import { freePort, REPO_ROOT, startServer, type ServerProcess } from './servers.js';
import { runTyping, type TypingResult } from './typingScenario.js';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(REPO_ROOT, 'bench', 'results');
const log = (line: string): void => console.log(line);

async function dialectFor(server: ServerProcess): Promise<Dialect> {
  if (server.settings.kind === 'hocuspocus') return hocuspocusDialect(server.baseUrl);
  // One login per account, reused by every connection (login is rate limited per address).
  const writer = await login(server.baseUrl, 'writer');
  const reader = await login(server.baseUrl, 'reader');
  return ourDialect(server.baseUrl, { writer, reader });
}

function oddLogLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /error|warn|exception|fail|refus|reject|clos/i.test(line) && !line.startsWith('==='));
  } catch {
    return [];
  }
}

async function runOne(
  scenario: Scenario,
  kind: ServerKind,
  options: BenchOptions,
  dataDir: string,
  repeat: number,
): Promise<Outcome<TypingResult> | Outcome<LateJoinResult>> {
  const diagnostics = new Diagnostics();
  const logPath = join(resultsDir, `${stamp}-${scenario.name}-${kind}-${repeat}.log`);
  let server: ServerProcess | null = null;
  const quiet = options.quietWaitSeconds > 0 ? await waitForQuietMachine(options.quietWaitSeconds, options.quietThresholdPercent) : null;
  if (quiet !== null && !quiet.quiet) log(`  machine busy: other processes at ${quiet.otherCpuPercent.toFixed(0)} % of a core after ${quiet.waitedSeconds.toFixed(0)} s; running anyway`);
  try {
    server = await startServer({ kind, port: await freePort(), dbPath: join(dataDir, `${scenario.name}-${kind}-${repeat}.db`), logPath });
    log(`${scenario.name} / ${kind}: server pid ${server.pid} healthy after ${server.startMs.toFixed(0)} ms`);
    const dialect = await dialectFor(server);
    if (scenario.kind === 'typing') {
      const result = await runTyping(
        server,
        dialect,
        {
          clients: scenario.clients,
          typists: scenario.typists,
          rate: options.rate,
          seconds: options.seconds,
          warmupSeconds: options.warmupSeconds,
          graceSeconds: options.graceSeconds,
          connectConcurrency: options.connectConcurrency,
          seed: options.seed,
          behaviour: { saveChecks: options.saveChecks, awareness: options.awareness },
        },
        diagnostics,
        log,
      );
      log(`  p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, lost ${result.lost}, server CPU ${result.serverCpuPercent.toFixed(0)} %, generator CPU ${result.generatorCpuPercent.toFixed(0)} %`);
      return { ok: true, result, events: diagnostics.entries(), logPath, logLines: [], quiet };
    }
    const result = await runLateJoin(server, dialect, options, diagnostics, log);
    server = result.server;
    return { ok: true, result, events: diagnostics.entries(), logPath, logLines: [], quiet };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  ${scenario.name} / ${kind} failed: ${message}`);
    return { ok: false, error: message, events: diagnostics.entries(), logPath, logLines: [], quiet };
  } finally {
    if (server !== null) {
      const exited = server.exited();
      if (exited !== null) diagnostics.note(`${kind}: server exited during the run (${exited})`);
      await server.stop();
    }
  }
}

/** The run with the median primary figure (p99, or warm + cold join time); a failed run if none succeeded. */
function pickRepresentative(
  runs: Array<Outcome<TypingResult> | Outcome<LateJoinResult>>,
): Outcome<TypingResult> | Outcome<LateJoinResult> | undefined {
  const key = (outcome: Outcome<TypingResult> | Outcome<LateJoinResult>): number => {
    if (!outcome.ok) return Number.POSITIVE_INFINITY;
    const result = outcome.result;
    return 'latency' in result ? result.latency.p99 : result.warmMedianMs + result.coldMedianMs;
  };
  const ok = runs.filter((outcome) => outcome.ok).sort((a, b) => key(a) - key(b));
  return ok[Math.floor((ok.length - 1) / 2)] ?? runs[0];
}

/** The commit the servers were run from, and whether server/ or shared/ had uncommitted changes (read-only git). */
function sourceVersion(): { commit: string; uncommittedFiles: number } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'server', 'shared'], { cwd: REPO_ROOT, encoding: 'utf8' });
    return { commit, uncommittedFiles: status.split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', uncommittedFiles: -1 };
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const source = sourceVersion();
  mkdirSync(resultsDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'akkoord-bench-'));
  log(`Akkoord benchmark ${stamp}: ${options.scenarios.map((s) => s.name).join(', ')} on ${options.servers.join(' + ')}`);
  log(`machine: ${cpus().length} cores, node ${process.version}; data in ${dataDir}`);
  log(`source: commit ${source.commit}${source.uncommittedFiles > 0 ? ` + ${source.uncommittedFiles} uncommitted files in server/ or shared/` : ''}`);
  const outcomes: ScenarioOutcomes[] = [];
  const amendmentRuns: AmendmentsBenchResult[] = [];
  const authorshipPassRuns: AuthorshipPassResult[] = [];
  try {
    for (const scenario of options.scenarios) {
      if (scenario.kind === 'authorship-pass') {
        for (let repeat = 1; repeat <= options.repeat; repeat++) {
          log(`authorship-pass: run ${repeat} of ${options.repeat}`);
          authorshipPassRuns.push(runAuthorshipPassBench(Math.max(20, options.timedRepeats)));
        }
        continue;
      }
      if (scenario.kind === 'amendments') {
        // Ours only and in-process: the figures are server-side handler times.
        if (!options.servers.includes('ours')) continue;
        for (let repeat = 1; repeat <= options.repeat; repeat++) {
          log(`amendments / ours: run ${repeat} of ${options.repeat}`);
          amendmentRuns.push(await runAmendmentsBench({ ...options, repeats: options.timedRepeats }, log));
        }
        continue;
      }
      const entry: ScenarioOutcomes = { name: scenario.name, kind: scenario.kind, runs: {}, all: {} };
      outcomes.push(entry);
      // Hocuspocus first, then ours, each on a fresh server and database; repeats alternate.
      for (let repeat = 1; repeat <= options.repeat; repeat++) {
        for (const kind of (['hocuspocus', 'ours'] as const).filter((k) => options.servers.includes(k))) {
          if (options.repeat > 1) log(`${scenario.name} / ${kind}: run ${repeat} of ${options.repeat}`);
          const outcome = await runOne(scenario, kind, options, dataDir, repeat);
          outcome.logLines = oddLogLines(outcome.logPath);
          (entry.all[kind] ??= []).push(outcome);
        }
      }
      for (const kind of options.servers) {
        const runs = entry.all[kind] ?? [];
        const representative = pickRepresentative(runs);
        if (representative !== undefined) entry.runs[kind] = representative;
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  for (const scenario of outcomes) console.log(renderScenario(scenario));
  for (const run of amendmentRuns) console.log(renderAmendments(run));
  for (const run of authorshipPassRuns) console.log(renderAuthorshipPass(run));
  const targets = checkTargets(outcomes);
  console.log(renderTargets(targets));

  const jsonPath = join(resultsDir, `${stamp}.json`);
  const strip = (outcome: Outcome<TypingResult> | Outcome<LateJoinResult>): unknown =>
    outcome.ok && 'server' in outcome.result ? { ...outcome, result: { ...outcome.result, server: undefined } } : outcome;
  const serializable = outcomes.map((scenario) => ({
    name: scenario.name,
    kind: scenario.kind,
    runs: Object.fromEntries(Object.entries(scenario.runs).map(([kind, outcome]) => [kind, strip(outcome)])),
    all: Object.fromEntries(Object.entries(scenario.all).map(([kind, runs]) => [kind, runs.map(strip)])),
  }));
  writeFileSync(
    jsonPath,
    `${JSON.stringify({ startedAt: stamp, argv: process.argv.slice(2), options, source, machine: { cores: cpus().length, node: process.version }, scenarios: serializable, amendments: amendmentRuns, authorshipPass: authorshipPassRuns, targets }, null, 2)}\n`,
  );
  console.log(`\nresults: ${jsonPath}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
