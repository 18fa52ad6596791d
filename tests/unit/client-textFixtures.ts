/**
 * Shared fixtures of the client tests on a text as the editor holds it (comment anchors, advice
 * anchors, track changes): schema builders, finding a phrase, and one browser's copy of a room's
 * text, edited through ProseMirror and y-prosemirror as the editor does.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { initProseMirrorDoc, prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { schema } from '../../shared/schema/schema.js';

/** The schema's node types. */
export const { nodes } = schema;
/** A paragraph (empty for ''). */
export const p = (text: string) => nodes.paragraph!.create(null, text ? schema.text(text) : null);
/** A section with its title and blocks. */
export const section = (id: string, title: string, ...blocks: PMNode[]) =>
  nodes.section!.create({ id, kind: 'interest', number: 1 }, [nodes.section_title!.create(null, schema.text(title)), ...blocks]);

/** Position of the first occurrence of `text` in the document. */
export function find(doc: PMNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text!.indexOf(text);
    if (index >= 0) found = pos + index;
    return false;
  });
  if (found < 0) throw new Error(`"${text}" not in the document`);
  return found;
}

/** A room's text as one browser holds it: its Y.Doc, and the document and mapping y-prosemirror made of it. */
export function editorCopy(ydoc = new Y.Doc({ gc: false })) {
  const fragment = ydoc.getXmlFragment('prosemirror');
  let view = initProseMirrorDoc(fragment, schema);
  return {
    ydoc,
    fragment,
    get doc() {
      return view.doc;
    },
    get mapping() {
      return view.mapping;
    },
    /** A local edit: a ProseMirror transaction written to Yjs by y-prosemirror, as the editor does. */
    edit(change: (tr: Transaction, doc: PMNode) => void) {
      const tr = EditorState.create({ schema, doc: view.doc }).tr;
      change(tr, view.doc);
      ydoc.transact(() => updateYFragment(ydoc, fragment, tr.doc, view.meta));
      view = initProseMirrorDoc(fragment, schema);
    },
    /** Picks up what arrived in Yjs from another copy: the editor renders it again. */
    rerender() {
      view = initProseMirrorDoc(fragment, schema);
    },
  };
}

/** A copy of a room whose text starts as `content` (a gc-free Y.Doc, as the server keeps it). */
export function seededCopy(content: PMNode) {
  const ydoc = new Y.Doc({ gc: false });
  prosemirrorToYXmlFragment(content, ydoc.getXmlFragment('prosemirror'));
  return editorCopy(ydoc);
}
