/**
 * A comment's passage as two Yjs relative positions, made and read the way y-prosemirror (and the
 * server, in server/domain/comments/passages.ts) makes and reads them. A relative position names a
 * character, not an offset, so the passage follows its text while the text changes around it;
 * once every character of it is deleted, both ends meet and the passage is gone. Pure: no view.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, type initProseMirrorDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import { CommentAnchor, type RelativePositionJson } from '../../shared/api/comments.js';

/** y-prosemirror's map from Yjs types to ProseMirror nodes, which positions are counted with. */
export type ProseMirrorMapping = ReturnType<typeof initProseMirrorDoc>['mapping'];

/** Where a passage is in the ProseMirror document now. */
export interface PassageRange {
  from: number;
  to: number;
  /** No character of the passage is left (its two ends met). */
  deleted: boolean;
}

/** The anchors of the passage between `from` and `to` of the document that `mapping` describes. */
export function anchorOf(fragment: Y.XmlFragment, mapping: ProseMirrorMapping, from: number, to: number): CommentAnchor {
  const relative = (pos: number): unknown => Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, fragment, mapping));
  // Checked like any input: the server refuses anchors that are not this exact shape.
  return CommentAnchor.parse({ start: relative(from), end: relative(to) });
}

/** One end of a passage as a position; null when it names nothing in this copy of the text (yet). */
function positionOf(fragment: Y.XmlFragment, mapping: ProseMirrorMapping, json: RelativePositionJson): number | null {
  const ydoc = fragment.doc;
  if (ydoc === null) return null;
  try {
    return relativePositionToAbsolutePosition(ydoc, fragment, Y.createRelativePositionFromJSON(json), mapping);
  } catch {
    // A struct this copy has not received yet, or a node the mapping lacks for a moment.
    return null;
  }
}

/**
 * Where the anchors are in `doc` (the ProseMirror document `mapping` was built with); null when
 * either end names nothing here. Ends that crossed are put in order and kept inside the document.
 */
export function rangeOf(fragment: Y.XmlFragment, mapping: ProseMirrorMapping, doc: PMNode, anchor: CommentAnchor): PassageRange | null {
  const start = positionOf(fragment, mapping, anchor.start);
  const end = positionOf(fragment, mapping, anchor.end);
  if (start === null || end === null) return null;
  return passageRange(doc, start, end);
}

/** A range between two positions of `doc`, ordered and clamped, saying whether it still holds text. */
export function passageRange(doc: PMNode, start: number, end: number): PassageRange {
  const size = doc.content.size;
  const from = Math.max(0, Math.min(start, end, size));
  const to = Math.min(size, Math.max(start, end, 0));
  // As the server decides it: a passage whose every character was deleted is gone.
  return { from, to, deleted: from >= to || doc.textBetween(from, to, '') === '' };
}
