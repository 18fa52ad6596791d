/** The plain text of a document's current main text, read from its live room. */
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { documentToPlainText, schema } from '../../shared/schema/schema.js';
import { documentRoom } from '../../shared/protocol/rooms.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';

/** Plain text of the main text as it is now (everything committed so far). */
export function currentDocumentText(rooms: RoomRegistry, documentId: string): string {
  return rooms.read(documentRoom(documentId), (room) =>
    documentToPlainText(yXmlFragmentToProseMirrorRootNode(room.doc.getXmlFragment('prosemirror'), schema)),
  );
}

/** The main text's characters with every block break as a line break, as an editor selection reads them. */
export function currentSelectableText(rooms: RoomRegistry, documentId: string): string {
  return rooms.read(documentRoom(documentId), (room) => {
    const node = yXmlFragmentToProseMirrorRootNode(room.doc.getXmlFragment('prosemirror'), schema);
    return node.textBetween(0, node.content.size, '\n', '\n');
  });
}
