/**
 * Shows a passage where its author typed it. y-prosemirror writes the smallest character diff
 * without looking at the cursor, so typing "Cyber " before "Clear" is stored as "C" + "yber C" +
 * "lear": the first "C" typed lands after the old one, and colouring the structs as they are would
 * mark "yber C". As trackedChanges.ts does for an amendment's insertions, the passage is moved back
 * over the identical characters before it when the characters at its end were typed before its
 * first one. Only the colouring moves, never the text, and never across another passage.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { TextPiece } from '../editor/authorshipPositions.js';
import { sameSource, type AuthorshipSegment } from './authorshipSegments.js';

/** The Yjs id of the character at a position, from the pieces (sorted by position). */
function idAt(pieces: readonly TextPiece[], pos: number): { client: number; clock: number } | null {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const piece = pieces[middle]!;
    if (piece.from + piece.length <= pos) low = middle + 1;
    else if (piece.from > pos) high = middle - 1;
    else return { client: piece.client, clock: piece.clock + pos - piece.from };
  }
  return null;
}

/** How many characters at the end of [from, to) were typed before the one at `from`. */
function typedFirstAtEnd(pieces: readonly TextPiece[], from: number, to: number): number {
  const first = idAt(pieces, from);
  let count = 0;
  for (let pos = to - 1; pos > from; pos--) {
    const id = idAt(pieces, pos);
    if (first === null || id === null || id.client !== first.client || id.clock > first.clock) break;
    count++;
  }
  return count;
}

/**
 * Settles the segments of `doc` (from authorshipSegments over `pieces`) in place: returns the
 * same list, with passages moved back and the neighbours they pass over adjusted.
 */
export function settleSegments(segments: AuthorshipSegment[], pieces: readonly TextPiece[], doc: PMNode): AuthorshipSegment[] {
  const charAt = (pos: number) => doc.textBetween(pos, pos + 1, '\n', '\n');
  for (let index = 1; index < segments.length; index++) {
    const segment = segments[index]!;
    const before = segments[index - 1]!;
    if (before.to !== segment.from || sameSource(before.source, segment.source)) continue;
    let left = typedFirstAtEnd(pieces, segment.from, segment.to);
    let moved = 0;
    while (left > 0 && segment.from > before.from && charAt(segment.from - 1) === charAt(segment.to - 1)) {
      segment.from--;
      segment.to--;
      left--;
      moved++;
    }
    if (moved === 0) continue;
    // What the passage left at its end goes to the text it passed over.
    before.to -= moved;
    const after = segments[index + 1];
    if (after !== undefined && after.from === segment.to + moved && sameSource(after.source, before.source)) after.from -= moved;
    else segments.splice(index + 1, 0, { from: segment.to, to: segment.to + moved, source: before.source });
    if (before.from === before.to) {
      segments.splice(index - 1, 1);
      index--;
    }
  }
  return segments;
}
