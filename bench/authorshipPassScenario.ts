/**
 * The browser's "who wrote what" pass, timed in-process: map the visible text, attribute it from the
 * server's runs, settle, decorate and build the legend, on a seed-sized text (20,000 characters)
 * after 400 edits by eight hands. The editor plugin runs it after every change, so it should stay
 * within half a frame (~8 ms).
 */
import { buildLegend } from '../client/attribution/authorshipLegend.js';
import { authorshipSegments } from '../client/attribution/authorshipSegments.js';
import { settleSegments } from '../client/attribution/authorshipSettle.js';
import { authorshipDecorations } from '../client/editor/authorshipPlugin.js';
import { visibleTextPieces } from '../client/editor/authorshipPositions.js';
import { me, ME, seedSizedAuthoredText } from '../tests/unit/client-authorshipFixtures.js';

/** What one run measured. */
export interface AuthorshipPassResult {
  characters: number;
  runs: number;
  passages: number;
  repeats: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
}

/** Times `repeats` passes after five warm-up passes. */
export function runAuthorshipPassBench(repeats: number): AuthorshipPassResult {
  const { text, runs, authorship } = seedSizedAuthoredText();
  const doc = text.doc;
  const pass = (): number => {
    const pieces = visibleTextPieces(text.fragment, doc)!;
    const segments = settleSegments(authorshipSegments(pieces, runs, ME), pieces, doc);
    authorshipDecorations(doc, segments, authorship, me);
    buildLegend(segments, authorship, me);
    return segments.length;
  };
  for (let warm = 0; warm < 5; warm++) pass();
  const times: number[] = [];
  let passages = 0;
  for (let round = 0; round < repeats; round++) {
    const started = performance.now();
    passages = pass();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number): number => times[Math.min(times.length - 1, Math.floor(times.length * share))]!;
  return { characters: doc.textContent.length, runs: runs.length, passages, repeats, medianMs: at(0.5), p90Ms: at(0.9), maxMs: times[times.length - 1]! };
}

/** The result as a Markdown section. */
export function renderAuthorshipPass(result: AuthorshipPassResult): string {
  return [
    '\n## authorship-pass (in-process, client code)',
    `${result.characters} characters, ${result.runs} runs, ${result.passages} passages; ${result.repeats} timed passes`,
    '',
    '| figure | ms | target |',
    '|---|---|---|',
    `| median pass | ${result.medianMs.toFixed(2)} | < 8 (half a frame) ${result.medianMs < 8 ? 'met' : '**over**'} |`,
    `| p90 pass | ${result.p90Ms.toFixed(2)} | |`,
    `| slowest pass | ${result.maxMs.toFixed(2)} | |`,
  ].join('\n');
}
