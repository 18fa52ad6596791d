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
