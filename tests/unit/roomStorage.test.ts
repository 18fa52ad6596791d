/** The RoomStorage contract against the in-memory fake and the SQLite implementation. */
import { describe, expect, it } from 'vitest';
import { createSqliteRoomStorage } from '../../server/storage/sqliteRoomStorage.js';
import { openDatabase } from '../../server/storage/database.js';
import { createMemoryRoomStorage } from '../utils/memoryRoomStorage.js';
import { CONTRACT_USER_IDS, roomStorageContract } from '../utils/roomStorageContract.js';

roomStorageContract('in-memory', () => createMemoryRoomStorage());

roomStorageContract('SQLite', () => {
  const db = openDatabase(':memory:');
  // attribution_log and client_ids refer to users.
  const insertUser = db.prepare(
    "INSERT INTO users (id, email, name, entity_id, password_hash, created_at) VALUES (?, ?, ?, NULL, '!', 0)",
  );
  for (const id of CONTRACT_USER_IDS) insertUser.run(id, `${id}@test.invalid`, id);
  return createSqliteRoomStorage(db);
});

describe('SQLite room storage: attribution log', () => {
  it('records who wrote each update and keeps the record after compaction', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO users (id, email, name, entity_id, password_hash, created_at) VALUES ('u1', 'u1@test.invalid', 'U1', NULL, '!', 0)").run();
    const storage = createSqliteRoomStorage(db);
    storage.append('doc:a', new Uint8Array([1, 2, 3]), { userId: 'u1', entityId: 'vlaanderen', at: 1234, inserted: [[7, 0, 3]], deleted: [[5, 1, 2]] }, [7]);
    storage.compact('doc:a', new Uint8Array([9]));

    const rows = db.prepare('SELECT room, user_id, entity_id, created_at, inserted, deleted, bytes FROM attribution_log').all();
    expect(rows).toEqual([
      { room: 'doc:a', user_id: 'u1', entity_id: 'vlaanderen', created_at: 1234, inserted: '[[7,0,3]]', deleted: '[[5,1,2]]', bytes: 3 },
    ]);
  });

  it('stores nothing when the transaction fails (unknown user)', () => {
    const db = openDatabase(':memory:');
    const storage = createSqliteRoomStorage(db);
    expect(() =>
      storage.append('doc:a', new Uint8Array([1]), { userId: 'ghost', entityId: null, at: 1, inserted: [], deleted: [] }, [7]),
    ).toThrow(/FOREIGN KEY/);
    const loaded = storage.load('doc:a');
    expect(loaded.updates).toEqual([]);
    expect([...loaded.owners]).toEqual([]);
  });
});

describe('SQLite room storage: numbering across restarts', () => {
  it('continues the sequence after a restart, also after a compaction', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO users (id, email, name, entity_id, password_hash, created_at) VALUES ('u1', 'u1@test.invalid', 'U1', NULL, '!', 0)").run();
    const entry = { userId: 'u1', entityId: null, at: 1, inserted: [], deleted: [] };
    const first = createSqliteRoomStorage(db);
    first.append('doc:a', new Uint8Array([1]), entry, []);
    first.append('doc:a', new Uint8Array([2]), entry, []);
    first.compact('doc:a', new Uint8Array([12]));
    // A new storage over the same database, as after a restart.
    const second = createSqliteRoomStorage(db);
    second.append('doc:a', new Uint8Array([3]), entry, []);
    expect(second.load('doc:a').updates.map((update) => [...update])).toEqual([[12], [3]]);
    const seqs = db.prepare("SELECT seq FROM attribution_log WHERE room = 'doc:a' ORDER BY seq").all();
    expect(seqs).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
  });
});
