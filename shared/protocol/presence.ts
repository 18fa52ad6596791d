/**
 * The presence (awareness) state of a connection. The server fills `user` from the session and
 * keeps only `cursor` of what the client sent, so nobody can appear as someone else.
 */

/** Who a cursor belongs to, as the server states it. */
export interface PresenceUser {
  id: string;
  name: string;
  entityId: string | null;
  entityName: string | null;
  color: string;
}

/** One awareness entry. `cursor` holds y-prosemirror's relative positions (JSON). */
export interface PresenceState {
  user: PresenceUser;
  cursor?: { anchor: unknown; head: unknown } | null;
}
