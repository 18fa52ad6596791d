/** Turns a seeded document's outline into its first ProseMirror content and Yjs state. */
import type { Node as PMNode } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { schema } from '../../shared/schema/schema.js';
import type { SeedDocument } from './dossier2026.js';

/** The document as ProseMirror content: each section's title, then its items as a bullet list. */
export function buildDocumentContent(document: SeedDocument): PMNode {
  const { nodes } = schema;
  const paragraph = (text: string) => nodes.paragraph!.create(null, text ? schema.text(text) : null);
  return nodes.doc!.create(
    null,
    document.sections.map((section) =>
      nodes.section!.create({ id: section.id, kind: section.kind, number: section.number }, [
        nodes.section_title!.create(null, schema.text(section.title)),
        section.items.length > 0
          ? nodes.bullet_list!.create(null, section.items.map((item) => nodes.list_item!.create(null, paragraph(item))))
          : paragraph(''),
      ]),
    ),
  );
}

/** The first Yjs state of a document, written by the given (system) client ID. */
export function buildDocumentState(document: SeedDocument, clientId: number): Uint8Array {
  const ydoc = new Y.Doc({ gc: false });
  ydoc.clientID = clientId;
  prosemirrorToYXmlFragment(buildDocumentContent(document), ydoc.getXmlFragment('prosemirror'));
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}
