/**
 * Who wrote clocks that no log row lists: the seeded text is stored without ranges, so its structs
 * fall to the owner of their client ID in the room (the system user), at the time of binding.
 */
import type { ClientOwner, PersonFacts } from '../../repositories/attributionLog.js';
import type { Attribution } from './clockMap.js';

/** The fallback attribution of each client of a room; null for a client bound to nobody. */
export function ownerAttribution(
  owners: ReadonlyMap<number, ClientOwner>,
  people: ReadonlyMap<string, PersonFacts>,
): (client: number) => Attribution | null {
  const known = new Map<number, Attribution | null>();
  return (client) => {
    let attribution = known.get(client);
    if (attribution === undefined) {
      const owner = owners.get(client);
      attribution = owner
        ? { userId: owner.userId, entityId: people.get(owner.userId)?.entityId ?? null, at: owner.boundAt, amendmentId: null }
        : null;
      known.set(client, attribution);
    }
    return attribution;
  };
}
