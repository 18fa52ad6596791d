/**
 * Revocation is immediate: open sockets are re-checked against their sessions, so a sign-out
 * elsewhere, an expired session, a disabled account or a changed role closes or downgrades them.
 */
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import type { SessionService } from '../auth/sessions.js';
import type { UserRecord } from '../repositories/users.js';
import type { RoomRegistry } from '../sync/RoomRegistry.js';
import { roomAccessFor, type RoomAccessSources } from './roomAccess.js';

/** Closes every connection whose session ended (SessionEnded) or whose rights changed (AccessChanged). */
export function recheckConnections(rooms: RoomRegistry, sessions: SessionService, sources: RoomAccessSources): void {
  // Many connections share a session (tabs, rooms): each session and each (session, room) is
  // looked up once per check, so a check stays cheap with a thousand sockets open.
  const users = new Map<string, UserRecord | null>();
  const access = new Map<string, ReturnType<typeof roomAccessFor>>();
  rooms.closeWhere((identity, roomName) => {
    if (!users.has(identity.sessionId)) users.set(identity.sessionId, sessions.activeUser(identity.sessionId));
    const user = users.get(identity.sessionId);
    if (!user) return CloseCode.SessionEnded;
    const key = `${identity.sessionId} ${roomName}`;
    if (!access.has(key)) access.set(key, roomAccessFor(user, roomName, sources));
    // A downgrade or upgrade: the client reconnects and is admitted with its new rights.
    return access.get(key) === identity.access ? null : CloseCode.AccessChanged;
  });
}
