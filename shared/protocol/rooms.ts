/** Sync room names: `doc:<documentId>` for a main text (amendment rooms come later). */

/** A parsed room name. */
export type RoomName = { kind: 'doc'; documentId: string };

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses a room name; null when it is not one the server knows how to serve. */
export function parseRoomName(name: string): RoomName | null {
  const [kind, id, ...rest] = name.split(':');
  if (rest.length > 0 || id === undefined) return null;
  if (kind === 'doc' && DOCUMENT_ID.test(id)) return { kind: 'doc', documentId: id };
  return null;
}

/** The room name of a document's main text. */
export function documentRoom(documentId: string): string {
  return `doc:${documentId}`;
}
