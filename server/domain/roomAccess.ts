/** What a user may do in a sync room: the permission rules applied to the room's document. */
import { documentAccess, type RoomAccess } from '../../shared/domain/permissions.js';
import { parseRoomName } from '../../shared/protocol/rooms.js';
import type { DossierRepository } from '../repositories/dossier.js';
import type { UserRecord } from '../repositories/users.js';
import { actorOf } from './actor.js';

/** The user's access to the room, or 'unknown' when no such room exists. */
export function roomAccessFor(user: UserRecord, roomName: string, dossier: DossierRepository): RoomAccess | 'unknown' {
  const room = parseRoomName(roomName);
  const document = room ? dossier.document(room.documentId) : null;
  if (!document) return 'unknown';
  return documentAccess(actorOf(user), document);
}
