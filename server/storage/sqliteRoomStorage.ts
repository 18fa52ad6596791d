/** The sync core's storage on SQLite: the update log, the attribution log and client ID bindings. */
import type { AttributionEntry, RoomStorage, StoredRoom } from '../sync/types.js';
import type { Db } from './database.js';

/**
 * RoomStorage backed by better-sqlite3; every method is one transaction. An update and its
 * attribution share a per-room sequence number, counted here: one storage per database file.
 */
export function createSqliteRoomStorage(db: Db): RoomStorage {
  const selectUpdates = db.prepare<[string], { data: Buffer; is_snapshot: number }>(
    'SELECT data, is_snapshot FROM room_updates WHERE room = ? ORDER BY seq',
  );
  const selectOwners = db.prepare<[string], { client_id: number; user_id: string }>(
    'SELECT client_id, user_id FROM client_ids WHERE room = ?',
  );
  const selectLastSeq = db.prepare<[string, string], { seq: number | null }>(
    `SELECT max(seq) AS seq FROM (SELECT max(seq) AS seq FROM room_updates WHERE room = ?
                                 UNION ALL SELECT max(seq) FROM attribution_log WHERE room = ?)`,
  );
  const insertUpdate = db.prepare('INSERT INTO room_updates (room, seq, data, is_snapshot) VALUES (?, ?, ?, ?)');
  const insertAttribution = db.prepare(
    `INSERT INTO attribution_log (room, seq, user_id, entity_id, created_at, inserted, deleted, bytes, amendment_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectOwner = db.prepare<[string, number], { user_id: string }>('SELECT user_id FROM client_ids WHERE room = ? AND client_id = ?');
  const insertOwner = db.prepare('INSERT INTO client_ids (room, client_id, user_id, bound_at) VALUES (?, ?, ?, ?)');
  const deleteUpdates = db.prepare('DELETE FROM room_updates WHERE room = ?');

  const lastSeq = new Map<string, number>();
  const currentSeq = (room: string): number => {
    let seq = lastSeq.get(room);
    if (seq === undefined) {
      seq = selectLastSeq.get(room, room)?.seq ?? 0;
      lastSeq.set(room, seq);
    }
    return seq;
  };
  const blob = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  const append = db.transaction(
    (room: string, update: Uint8Array, attribution: AttributionEntry, newClientIds: readonly number[]) => {
      const seq = currentSeq(room) + 1;
      insertUpdate.run(room, seq, blob(update), 0);
      insertAttribution.run(
        room,
        seq,
        attribution.userId,
        attribution.entityId,
        attribution.at,
        JSON.stringify(attribution.inserted),
        JSON.stringify(attribution.deleted),
        update.byteLength,
        attribution.amendmentId ?? null,
      );
      for (const client of newClientIds) insertOwner.run(room, client, attribution.userId, attribution.at);
      lastSeq.set(room, seq);
      return seq;
    },
  );
  // The snapshot takes the last update's number: later updates sort after it.
  const compact = db.transaction((room: string, snapshot: Uint8Array) => {
    deleteUpdates.run(room);
    insertUpdate.run(room, currentSeq(room), blob(snapshot), 1);
  });

  return {
    load(room: string): StoredRoom {
      const rows = selectUpdates.all(room);
      let updatesSinceSnapshot = 0;
      let bytes = 0;
      for (const row of rows) {
        updatesSinceSnapshot = row.is_snapshot ? 0 : updatesSinceSnapshot + 1;
        bytes += row.data.byteLength;
      }
      const owners = new Map(selectOwners.all(room).map((row) => [row.client_id, row.user_id] as const));
      return { updates: rows.map((row) => new Uint8Array(row.data)), updatesSinceSnapshot, bytes, owners };
    },
    // IMMEDIATE: both read before they write. A deferred transaction that must upgrade its read lock
    // fails at once with SQLITE_BUSY while the checkpoint worker is busy; this one waits (busy_timeout).
    append: (room, update, attribution, newClientIds) => append.immediate(room, update, attribution, newClientIds),
    compact: (room, snapshot) => compact.immediate(room, snapshot),
    ownerOf: (room, client) => selectOwner.get(room, client)?.user_id,
  };
}
