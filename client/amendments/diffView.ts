/**
 * How amendment differences are shown: a short preview for lists, and the two columns parliaments
 * publish ("Huidige tekst | Voorgestelde tekst"). Pure, so unit tests call it directly.
 */
import type { DiffBlock, DiffSegment } from '../../shared/api/amendments.js';

/** Characters of unchanged text kept on each side of a change in a preview. */
export const PREVIEW_CONTEXT = 40;

/** A piece of a preview: text, or an ellipsis standing for unchanged text left out. */
export type PreviewSegment = DiffSegment | { ellipsis: true };

/**
 * A block's segments with long unchanged stretches cut down to `context` characters beside the
 * changes (on word boundaries where possible), so a list shows what changes, not whole paragraphs.
 */
export function compactSegments(segments: readonly DiffSegment[], context = PREVIEW_CONTEXT): PreviewSegment[] {
  const out: PreviewSegment[] = [];
  segments.forEach((segment, index) => {
    if (segment.change !== null) {
      out.push(segment);
      return;
    }
    const before = index > 0; // a change precedes it
    const after = index < segments.length - 1; // a change follows it
    const text = segment.text;
    if (text.length <= context * (Number(before) + Number(after)) + 1) {
      out.push(segment);
      return;
    }
    if (before) out.push({ ...segment, text: cutAfter(text, context) });
    out.push({ ellipsis: true });
    if (after) out.push({ ...segment, text: cutBefore(text, context) });
  });
  return out;
}

/** The first `length` characters, ended at a space when one is near. */
function cutAfter(text: string, length: number): string {
  const head = text.slice(0, length);
  const space = head.lastIndexOf(' ');
  return space > length / 2 ? head.slice(0, space + 1) : head;
}

/** The last `length` characters, started after a space when one is near. */
function cutBefore(text: string, length: number): string {
  const tail = text.slice(-length);
  const space = tail.indexOf(' ');
  return space >= 0 && space < length / 2 ? tail.slice(space) : tail;
}

/** The left column: the text as it is now, with what the amendment removes marked. */
export function currentSide(block: DiffBlock): DiffSegment[] {
  return block.segments.filter((segment) => segment.change !== 'added');
}

/** The right column: the text as proposed, with what the amendment adds marked. */
export function proposedSide(block: DiffBlock): DiffSegment[] {
  return block.segments.filter((segment) => segment.change !== 'removed');
}

/** Whether a preview piece is an ellipsis. */
export function isEllipsis(segment: PreviewSegment): segment is { ellipsis: true } {
  return 'ellipsis' in segment;
}
