/** What a user may do in a sync room: the permission rules applied to the room's document or amendment. */
import { canEditAmendmentText, canViewAmendment } from '../../shared/domain/amendmentRules.js';
import { documentAccess, type RoomAccess } from '../../shared/domain/permissions.js';
import { parseRoomName } from '../../shared/protocol/rooms.js';
import type { AmendmentRepository } from '../repositories/amendments.js';
import type { DossierRepository } from '../repositories/dossier.js';
import type { UserRecord } from '../repositories/users.js';
import { actorOf } from './actor.js';

/** What the access check reads. */
export interface RoomAccessSources {
  dossier: DossierRepository;
  amendments: AmendmentRepository;
}

/**
 * The user's access to the room, or 'unknown' when no such room exists. Another entity's draft is
 * 'unknown' too, exactly like an id that was never issued: a refusal must not confirm it exists.
 */
export function roomAccessFor(user: UserRecord, roomName: string, sources: RoomAccessSources): RoomAccess | 'unknown' {
  const room = parseRoomName(roomName);
  if (!room) return 'unknown';
  const actor = actorOf(user);
  if (room.kind === 'doc') {
    const document = sources.dossier.document(room.documentId);
    return document ? documentAccess(actor, document) : 'unknown';
  }
  const amendment = sources.amendments.get(room.amendmentId);
  const document = amendment ? sources.dossier.document(amendment.documentId) : null;
  if (!amendment || !document || !canViewAmendment(actor, amendment)) return 'unknown';
  return canEditAmendmentText(actor, amendment, document) ? 'write' : 'read';
}
