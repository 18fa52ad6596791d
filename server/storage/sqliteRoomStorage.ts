/** The sync core's storage on SQLite: the update log, the attribution log and client ID bindings. */
import type { AttributionEntry, RoomStorage, StoredRoom } from '../sync/types.js';
import type { Db } from './database.js';

/** RoomStorage backed by better-sqlite3; every method is one transaction. */
export function createSqliteRoomStorage(db: Db): RoomStorage {
  const selectUpdates = db.prepare<[string], { data: Buffer; is_snapshot: number }>(
    'SELECT data, is_snapshot FROM room_updates WHERE room = ? ORDER BY seq',
  );
  const selectOwners = db.prepare<[string], { client_id: number; user_id: string }>(
    'SELECT client_id, user_id FROM client_ids WHERE room = ?',
  );
  const insertUpdate = db.prepare('INSERT INTO room_updates (room, data, is_snapshot) VALUES (?, ?, ?)');
  const insertAttribution = db.prepare(
    `INSERT INTO attribution_log (seq, room, user_id, entity_id, created_at, inserted, deleted, bytes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOwner = db.prepare('INSERT INTO client_ids (room, client_id, user_id, bound_at) VALUES (?, ?, ?, ?)');
  const deleteUpdates = db.prepare('DELETE FROM room_updates WHERE room = ?');

  const append = db.transaction(
    (room: string, update: Uint8Array, attribution: AttributionEntry, newClientIds: readonly number[]) => {
      const { lastInsertRowid } = insertUpdate.run(room, Buffer.from(update.buffer, update.byteOffset, update.byteLength), 0);
      insertAttribution.run(
        lastInsertRowid,
        room,
        attribution.userId,
        attribution.entityId,
        attribution.at,
        JSON.stringify(attribution.inserted),
        JSON.stringify(attribution.deleted),
        update.byteLength,
      );
      for (const client of newClientIds) insertOwner.run(room, client, attribution.userId, attribution.at);
    },
  );
  const compact = db.transaction((room: string, snapshot: Uint8Array) => {
    deleteUpdates.run(room);
    insertUpdate.run(room, Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength), 1);
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
    append: (room, update, attribution, newClientIds) => append(room, update, attribution, newClientIds),
    compact: (room, snapshot) => compact(room, snapshot),
  };
}
