/**
 * Where each visible piece of text of a Y.Doc lies in the ProseMirror document, for "who wrote
 * what". The approach of trackedChanges.ts, reduced to the text as it is now: the Y tree and the
 * ProseMirror document have the same shape (y-prosemirror writes each textblock as an XmlElement
 * of XmlText runs and hard_break elements), so walking both in parallel turns each visible string
 * struct into a position. Only live structs count, so no snapshot and no delta is needed: one pass
 * over the items, without splitting any. Pure: no view, no DOM.
 */
import type { Node as PMNode } from 'prosemirror-model';
import * as Y from 'yjs';

/** A visible string struct: its Yjs id, its length, and where its first character is in ProseMirror. */
export interface TextPiece {
  client: number;
  clock: number;
  length: number;
  from: number;
}

/** A Yjs type seen as its item list (the typings keep `_start` on AbstractType). */
type ItemList = { _start: Y.Item | null };

/** Walks one textblock's items; false when the Y and ProseMirror contents disagree. */
function walkTextblock(element: Y.XmlElement, node: PMNode, start: number, out: TextPiece[]): boolean {
  let offset = start;
  for (let item = element._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText) {
      for (let text = child._start; text !== null; text = text.right) {
        // Formatting items (ContentFormat) take no room in ProseMirror; only strings do.
        if (text.deleted || !(text.content instanceof Y.ContentString)) continue;
        out.push({ client: text.id.client, clock: text.id.clock, length: text.length, from: offset });
        offset += text.length;
      }
    } else if (child instanceof Y.XmlElement) {
      offset += 1; // an inline leaf (hard_break)
    }
  }
  return offset === start + node.content.size;
}

/** Walks a node whose children are blocks; false when the Y and ProseMirror trees disagree. */
function walkContainer(type: ItemList, node: PMNode, start: number, out: TextPiece[]): boolean {
  let index = 0;
  let pos = start;
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    const pmChild = node.maybeChild(index);
    if (pmChild === null || !(child instanceof Y.XmlElement) || child.nodeName !== pmChild.type.name) return false;
    const ok = pmChild.isTextblock
      ? walkTextblock(child, pmChild, pos + 1, out)
      : pmChild.isLeaf || walkContainer(child, pmChild, pos + 1, out);
    if (!ok) return false;
    pos += pmChild.nodeSize;
    index++;
  }
  return index === node.childCount;
}

/**
 * The visible text pieces of `fragment` in document order, with positions in `doc` (the editor's
 * document for that content). Null when the two disagree, e.g. in the instant between a ProseMirror
 * transaction and y-prosemirror writing it to Yjs: the caller keeps what it showed.
 */
export function visibleTextPieces(fragment: Y.XmlFragment, doc: PMNode): TextPiece[] | null {
  const out: TextPiece[] = [];
  return walkContainer(fragment, doc, 0, out) ? out : null;
}
