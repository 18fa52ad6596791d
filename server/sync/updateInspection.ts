/**
 * Looks inside a Yjs update before the server accepts it: can it be decoded, does it depend on
 * changes the server never saw, does it write with another user's client ID, and what does it add
 * and delete (for the attribution log). Pure: takes the room's facts, returns a verdict.
 */
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes.js';

/** A run of a client's clock: [client, first clock, length]. */
export type ClockRange = [client: number, clock: number, length: number];

/** What the room knows when an update arrives. */
export interface RoomFacts {
  /** The clock the server has reached for a client (Y.getState). */
  stateOf(client: number): number;
  /** The user a client ID is bound to, if any. */
  ownerOf(client: number): string | undefined;
  /** Root type names the document may hold. */
  allowedRoots: ReadonlySet<string>;
}

/** The verdict on one update. */
export type Inspection =
  | {
      ok: true;
      /** Nothing new: neither structs the server lacks nor deletions. */
      noop: boolean;
      inserted: ClockRange[];
      deleted: ClockRange[];
      /** Client IDs this update writes with for the first time: bind them to the sender. */
      newClientIds: number[];
    }
  | { ok: false; code: CloseCode; detail: string };

/** Inspects `update` sent by `userId` against the room's facts. */
export function inspectUpdate(update: Uint8Array, userId: string, room: RoomFacts): Inspection {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return { ok: false, code: CloseCode.MalformedFrame, detail: `undecodable update: ${String(error)}` };
  }

  // Pass 1: per client, how far the update extends what the server has, without gaps.
  const reach = new Map<number, number>();
  const known = (client: number): number => reach.get(client) ?? room.stateOf(client);
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const have = known(client);
    if (clock > have) {
      return { ok: false, code: CloseCode.MissingDependencies, detail: `gap before ${client}:${clock} (have ${have})` };
    }
    reach.set(client, Math.max(have, clock + struct.length));
  }

  const inserted = new Map<number, [number, number]>();
  const newClientIds: number[] = [];
  const references = (id: Y.ID | null): boolean => id === null || id.clock < known(id.client);
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const serverClock = room.stateOf(client);
    const end = clock + struct.length;
    if (end <= serverClock) continue; // already known: resending it is harmless
    const owner = room.ownerOf(client);
    if (owner !== undefined && owner !== userId) {
      return { ok: false, code: CloseCode.ForgedClientId, detail: `client ${client} belongs to another user` };
    }
    if (owner === undefined && !newClientIds.includes(client)) newClientIds.push(client);
    if (struct instanceof Y.Item) {
      if (!references(struct.origin) || !references(struct.rightOrigin)) {
        return { ok: false, code: CloseCode.MissingDependencies, detail: `${client}:${clock} refers to unseen items` };
      }
      const parent: unknown = struct.parent;
      if (parent instanceof Y.ID && !references(parent)) {
        return { ok: false, code: CloseCode.MissingDependencies, detail: `${client}:${clock} has an unseen parent` };
      }
      if (typeof parent === 'string' && !room.allowedRoots.has(parent)) {
        return { ok: false, code: CloseCode.MalformedFrame, detail: `unknown root type "${parent}"` };
      }
    }
    const from = Math.max(clock, serverClock);
    const range = inserted.get(client);
    if (range && range[1] === from) range[1] = end;
    else if (!range) inserted.set(client, [from, end]);
    else range[1] = Math.max(range[1], end);
  }

  const deleted: ClockRange[] = [];
  for (const [client, items] of decoded.ds.clients) {
    for (const item of items) {
      if (item.clock + item.len > known(client)) {
        return { ok: false, code: CloseCode.MissingDependencies, detail: `deletes unseen ${client}:${item.clock}` };
      }
      deleted.push([client, item.clock, item.len]);
    }
  }

  const insertedRanges: ClockRange[] = [...inserted].map(([client, [from, end]]) => [client, from, end - from]);
  return {
    ok: true,
    noop: insertedRanges.length === 0 && deleted.length === 0,
    inserted: insertedRanges,
    deleted,
    newClientIds,
  };
}
