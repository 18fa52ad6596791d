/** Who is in a document, from the awareness states the server relays (one entry per user). */
import type { PresenceUser } from '../../shared/protocol/presence.js';
import { asPresenceUser } from '../editor/cursors.js';

/** One person in the presence list. */
export interface PresenceEntry {
  user: PresenceUser;
  /** Whether this is the signed-in user (possibly in another tab too). */
  isSelf: boolean;
}

/**
 * The presence list from awareness states: one entry per user id (a user with two tabs open is one
 * person), the signed-in user first, then by name.
 */
export function presenceList(states: ReadonlyMap<number, unknown>, selfUserId: string): PresenceEntry[] {
  const byUser = new Map<string, PresenceEntry>();
  for (const state of states.values()) {
    if (typeof state !== 'object' || state === null || !('user' in state)) continue;
    const user = asPresenceUser(state.user);
    if (user === null || byUser.has(user.id)) continue;
    byUser.set(user.id, { user, isSelf: user.id === selfUserId });
  }
  return [...byUser.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name, 'nl'),
  );
}

/** True when two presence lists show the same people, so unchanged lists do not re-render. */
export function samePresence(a: readonly PresenceEntry[], b: readonly PresenceEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        other.user.id === entry.user.id &&
        other.user.name === entry.user.name &&
        other.user.entityId === entry.user.entityId &&
        other.user.entityName === entry.user.entityName &&
        other.isSelf === entry.isSelf
      );
    })
  );
}
