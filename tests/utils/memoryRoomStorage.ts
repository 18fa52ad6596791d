/** An in-memory RoomStorage for sync-core tests: same contract as SQLite, plus a record of what happened. */
import type { AttributionEntry, RoomStorage, StoredRoom } from '../../server/sync/types.js';

/** One call the storage received, in order (lets a test check "stored before broadcast"). */
export type StorageEvent =
  | { kind: 'append'; room: string; update: Uint8Array; attribution: AttributionEntry; newClientIds: number[] }
  | { kind: 'compact'; room: string; snapshot: Uint8Array };

interface MemoryRoom {
  rows: { data: Uint8Array; isSnapshot: boolean }[];
  owners: Map<number, string>;
  attribution: AttributionEntry[];
  seq: number;
}

/** The in-memory storage with its inspection helpers. */
export interface MemoryRoomStorage extends RoomStorage {
  /** Every append and compact, in call order. */
  readonly events: StorageEvent[];
  /** The attribution log of a room, oldest first. */
  attributionOf(room: string): AttributionEntry[];
}

/** Options: `onEvent` is called after each successful call (to interleave with socket events). */
export function createMemoryRoomStorage(options: { onEvent?: (event: StorageEvent) => void } = {}): MemoryRoomStorage {
  const rooms = new Map<string, MemoryRoom>();
  const events: StorageEvent[] = [];
  const roomOf = (room: string): MemoryRoom => {
    let stored = rooms.get(room);
    if (!stored) {
      stored = { rows: [], owners: new Map(), attribution: [], seq: 0 };
      rooms.set(room, stored);
    }
    return stored;
  };
  const record = (event: StorageEvent): void => {
    events.push(event);
    options.onEvent?.(event);
  };

  return {
    events,
    load(room: string): StoredRoom {
      const stored = rooms.get(room);
      if (!stored) return { updates: [], updatesSinceSnapshot: 0, bytes: 0, owners: new Map() };
      let updatesSinceSnapshot = 0;
      let bytes = 0;
      for (const row of stored.rows) {
        updatesSinceSnapshot = row.isSnapshot ? 0 : updatesSinceSnapshot + 1;
        bytes += row.data.byteLength;
      }
      // Copies, as a database would hand out: the caller may keep and mutate what it loaded.
      return {
        updates: stored.rows.map((row) => row.data.slice()),
        updatesSinceSnapshot,
        bytes,
        owners: new Map(stored.owners),
      };
    },
    append(room, update, attribution, newClientIds) {
      const stored = roomOf(room);
      // Copy: the caller's bytes are often a view into a frame buffer.
      const data = update.slice();
      stored.rows.push({ data, isSnapshot: false });
      stored.attribution.push({ ...attribution, inserted: [...attribution.inserted], deleted: [...attribution.deleted] });
      for (const client of newClientIds) stored.owners.set(client, attribution.userId);
      record({ kind: 'append', room, update: data, attribution, newClientIds: [...newClientIds] });
      stored.seq += 1;
      return stored.seq;
    },
    compact(room, snapshot) {
      const stored = roomOf(room);
      stored.rows = [{ data: snapshot.slice(), isSnapshot: true }];
      record({ kind: 'compact', room, snapshot: snapshot.slice() });
    },
    ownerOf(room, client) {
      return rooms.get(room)?.owners.get(client);
    },
    attributionOf(room: string): AttributionEntry[] {
      return [...(rooms.get(room)?.attribution ?? [])];
    },
  };
}
