/**
 * The frozen version an advice round is about, as the advisers read it: the version's whole Yjs
 * state (the main text's own structs, as they stood when the version was taken) in a Y.Doc of its
 * own, rendered once by y-prosemirror. A passage chosen here is anchored with the same Yjs relative
 * positions as a comment, so it names characters of the main text: the server, and the editor of
 * the text as it is now, resolve it there and see whether the passage changed since. This copy
 * never receives an update, so the version it shows cannot move. Pure: no view, no network.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { initProseMirrorDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import type { CommentAnchor } from '../../shared/api/comments.js';
import { schema } from '../../shared/schema/schema.js';
import { anchorOf, rangeOf, type PassageRange, type ProseMirrorMapping } from '../comments/commentAnchors.js';

/** The version's text: its Yjs copy and the ProseMirror document y-prosemirror made of it. */
export interface FrozenText {
  fragment: Y.XmlFragment;
  doc: PMNode;
  mapping: ProseMirrorMapping;
}

/** A passage chosen for an advice point. */
export interface AdvicePassage {
  anchor: CommentAnchor;
  /** Its text in the version. */
  quote: string;
  /** The section it starts in; null outside any section. */
  sectionId: string | null;
}

/** The version's text from its state (`GET /api/versions/:id/state`). */
export function frozenTextOf(state: Uint8Array): FrozenText {
  // gc off as on the server: a version's state carries the deleted structs its anchors may name.
  const ydoc = new Y.Doc({ gc: false });
  Y.applyUpdate(ydoc, state);
  const fragment = ydoc.getXmlFragment('prosemirror');
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  return { fragment, doc, mapping };
}

/** The id of the section around position `pos`, or null. */
export function sectionAt(doc: PMNode, pos: number): string | null {
  const resolved = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = resolved.depth; depth > 0; depth--) {
    const node = resolved.node(depth);
    if (node.type.name === 'section') return typeof node.attrs.id === 'string' ? node.attrs.id : null;
  }
  return null;
}

/** The passage between `from` and `to`; null when it holds no text. */
export function passageOf(text: FrozenText, from: number, to: number): AdvicePassage | null {
  const quote = text.doc.textBetween(from, to, '\n', '\n').trim();
  if (from >= to || quote === '') return null;
  return { anchor: anchorOf(text.fragment, text.mapping, from, to), quote, sectionId: sectionAt(text.doc, from) };
}

/** Where each anchored point's passage is in the version (general points and unresolvable anchors left out). */
export function pointRanges(text: FrozenText, points: readonly { id: string; anchor: CommentAnchor | null }[]): Map<string, PassageRange> {
  const ranges = new Map<string, PassageRange>();
  for (const point of points) {
    if (point.anchor === null) continue;
    const range = rangeOf(text.fragment, text.mapping, text.doc, point.anchor);
    if (range !== null && !range.deleted) ranges.set(point.id, range);
  }
  return ranges;
}
