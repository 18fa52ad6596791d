/** Sync room names: `doc:<documentId>` for a main text, `amendment:<amendmentId>` for an amendment's fork. */

/** A parsed room name. */
export type RoomName = { kind: 'doc'; documentId: string } | { kind: 'amendment'; amendmentId: string };

const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Amendment ids are random base32 (see server/domain/ids.ts): unguessable, so a draft's id leaks nothing. */
export const AMENDMENT_ID = /^[a-z2-7]{24}$/;

/** Parses a room name; null when it is not one the server knows how to serve. */
export function parseRoomName(name: string): RoomName | null {
  const [kind, id, ...rest] = name.split(':');
  if (rest.length > 0 || id === undefined) return null;
  if (kind === 'doc' && DOCUMENT_ID.test(id)) return { kind: 'doc', documentId: id };
  if (kind === 'amendment' && AMENDMENT_ID.test(id)) return { kind: 'amendment', amendmentId: id };
  return null;
}

/** The room name of a document's main text. */
export function documentRoom(documentId: string): string {
  return `doc:${documentId}`;
}

/** The room name of an amendment's fork. */
export function amendmentRoom(amendmentId: string): string {
  return `amendment:${amendmentId}`;
}
