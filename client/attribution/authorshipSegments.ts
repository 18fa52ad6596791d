/**
 * "Who wrote what" as ranges of the ProseMirror document: each visible text piece (its Yjs client
 * and clocks, see editor/authorshipPositions.ts) looked up in the server's authorship runs, cut where
 * the runs change, and neighbours with the same source joined. Pure, linear in pieces and runs.
 */
import type { AuthorshipRun } from '../../shared/api/attribution.js';
import type { TextPiece } from '../editor/authorshipPositions.js';

/** Who a range of text is attributed to. */
export type PassageSource =
  /** Known to the server: `author` indexes the answer's authors; `at` is the minute it was written. */
  | { kind: 'written'; author: number; at: number; amendment: number | null }
  /** Typed in this browser after the last answer: the current user's, until the next answer. */
  | { kind: 'own' }
  /** Someone else's text newer than the last answer. */
  | { kind: 'pending' };

/** A range [from, to) of the ProseMirror document with one source. */
export interface AuthorshipSegment {
  from: number;
  to: number;
  source: PassageSource;
}

/** Whether two sources say the same (so their ranges can be shown as one passage). */
export function sameSource(a: PassageSource, b: PassageSource): boolean {
  if (a.kind !== 'written' || b.kind !== 'written') return a.kind === b.kind;
  return a.author === b.author && a.at === b.at && a.amendment === b.amendment;
}

/**
 * Index of the first run that ends after (client, clock) on that client, or of the first run of a
 * later client: where a walk over the clocks from (client, clock) starts. Runs are sorted by client,
 * then clock, and never overlap.
 */
export function firstRunFrom(runs: readonly AuthorshipRun[], client: number, clock: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const run = runs[middle]!;
    if (run[0] < client || (run[0] === client && run[1] + run[2] <= clock)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Source of one run. */
function runSource(run: AuthorshipRun): PassageSource {
  return { kind: 'written', author: run[3], at: run[4], amendment: run[5] };
}

const OWN: PassageSource = { kind: 'own' };
const PENDING: PassageSource = { kind: 'pending' };

/**
 * The attributed ranges of `pieces` (in document order). A piece may span several runs (a struct
 * typed over several minutes, or by one user as two entities), and part of it may be newer than the
 * answer (typing continued into the same struct): clocks that no run covers belong to this browser
 * when their client is `ownClient`, else they wait for the next answer.
 */
export function authorshipSegments(pieces: readonly TextPiece[], runs: readonly AuthorshipRun[], ownClient: number): AuthorshipSegment[] {
  const out: AuthorshipSegment[] = [];
  const push = (from: number, to: number, source: PassageSource) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.to === from && sameSource(last.source, source)) last.to = to;
    else out.push({ from, to, source });
  };
  for (const piece of pieces) {
    const end = piece.clock + piece.length;
    const unknown = piece.client === ownClient ? OWN : PENDING;
    let index = firstRunFrom(runs, piece.client, piece.clock);
    let clock = piece.clock;
    while (clock < end) {
      const run = runs[index];
      const onClient = run !== undefined && run[0] === piece.client;
      if (onClient && run[1] <= clock) {
        const until = Math.min(end, run[1] + run[2]);
        push(piece.from + clock - piece.clock, piece.from + until - piece.clock, runSource(run));
        clock = until;
        index++;
      } else {
        const until = onClient ? Math.min(end, run[1]) : end;
        push(piece.from + clock - piece.clock, piece.from + until - piece.clock, unknown);
        clock = until;
      }
    }
  }
  return out;
}
