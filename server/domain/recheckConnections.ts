/**
 * Revocation is immediate: open sockets are re-checked against their sessions, so a sign-out
 * elsewhere, an expired session, a disabled account or a changed role closes or downgrades them.
 */
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import type { SessionService } from '../auth/sessions.js';
import type { DossierRepository } from '../repositories/dossier.js';
import type { UserRecord } from '../repositories/users.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';
import { roomAccessFor } from './roomAccess.js';

/** Closes every connection whose session ended (SessionEnded) or whose rights changed (AccessChanged). */
export function recheckConnections(rooms: RoomRegistry, sessions: SessionService, dossier: DossierRepository): void {
  const users = new Map<string, UserRecord | null>();
  rooms.closeWhere((identity, roomName) => {
    if (!users.has(identity.sessionId)) users.set(identity.sessionId, sessions.activeUser(identity.sessionId));
    const user = users.get(identity.sessionId);
    if (!user) return CloseCode.SessionEnded;
    // A downgrade or upgrade: the client reconnects and is admitted with its new rights.
    return roomAccessFor(user, roomName, dossier) === identity.access ? null : CloseCode.AccessChanged;
  });
}
