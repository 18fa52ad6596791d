/**
 * Where a thread's passage is now: its two relative positions resolved against the room's live
 * Y.Doc, the way the editor resolves them (y-prosemirror), and the text between them.
 */
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from 'y-prosemirror';
import * as Y from 'yjs';
import type { CommentAnchor, RelativePositionJson } from '../../../shared/api/comments.js';
import { schema } from '../../../shared/schema/schema.js';

/** A passage as the text stands now. */
export interface Passage {
  /** The text between the anchors, blocks separated by a newline. */
  text: string;
  /** No character between the anchors is left: the passage was deleted. */
  deleted: boolean;
}

/** The ProseMirror document and the Yjs type → node map that positions are counted with. */
type ProseMirrorView = ReturnType<typeof initProseMirrorDoc>;

/** Resolves anchors in one room; null when an anchor names nothing in the room's text. */
export type PassageReader = (anchor: CommentAnchor) => Passage | null;

/**
 * A reader over `doc` (call it inside `rooms.read`). The ProseMirror document, which positions are
 * counted in, is built once, on first use, for all the threads of one answer.
 */
export function passageReader(doc: Y.Doc): PassageReader {
  const fragment = doc.getXmlFragment('prosemirror');
  let view: ProseMirrorView | null = null;
  const positionOf = (json: RelativePositionJson, mapping: ProseMirrorView['mapping']): number | null => {
    try {
      return relativePositionToAbsolutePosition(doc, fragment, Y.createRelativePositionFromJSON(json), mapping);
    } catch {
      // A position a client made up (a struct that is not a type, a node the schema dropped) names no place.
      return null;
    }
  };
  return (anchor) => {
    view ??= initProseMirrorDoc(fragment, schema);
    const start = positionOf(anchor.start, view.mapping);
    const end = positionOf(anchor.end, view.mapping);
    if (start === null || end === null) return null;
    const size = view.doc.content.size;
    const from = Math.max(0, Math.min(start, end, size));
    const to = Math.min(size, Math.max(start, end, 0));
    return { text: view.doc.textBetween(from, to, '\n'), deleted: view.doc.textBetween(from, to, '') === '' };
  };
}
