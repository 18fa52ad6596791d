/**
 * The RoomStorage contract, run against every implementation (in-memory and SQLite) so the sync
 * core's fakes behave like the real thing.
 */
import { describe, expect, it } from 'vitest';
import type { AttributionEntry, RoomStorage } from '../../server/sync/types.js';

/** Users the contract writes as; an implementation with foreign keys must know them. */
export const CONTRACT_USER_IDS = ['contract-alice', 'contract-bob'] as const;

const [ALICE, BOB] = CONTRACT_USER_IDS;

function attribution(userId: string, at: number): AttributionEntry {
  return { userId, entityId: null, at, inserted: [[7, 0, 3]], deleted: [] };
}

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

/** Defines a describe block checking `makeStorage()`'s RoomStorage against the contract. */
export function roomStorageContract(name: string, makeStorage: () => RoomStorage): void {
  describe(`RoomStorage contract: ${name}`, () => {
    it('loads an unknown room as empty', () => {
      const storage = makeStorage();
      const loaded = storage.load('doc:nothing');
      expect(loaded.updates).toEqual([]);
      expect(loaded.updatesSinceSnapshot).toBe(0);
      expect(loaded.bytes).toBe(0);
      expect([...loaded.owners]).toEqual([]);
    });

    it('returns appended updates in order, with the client IDs bound to their writers', () => {
      const storage = makeStorage();
      const seqs = [
        storage.append('doc:a', bytes(1, 2, 3), attribution(ALICE, 1000), [7]),
        storage.append('doc:a', bytes(4), attribution(BOB, 2000), [9, 11]),
        storage.append('doc:a', bytes(5, 6), attribution(ALICE, 3000), []),
      ];
      expect(seqs[1]).toBe(seqs[0]! + 1);
      expect(seqs[2]).toBe(seqs[1]! + 1);
      expect(storage.ownerOf('doc:a', 9)).toBe(BOB);
      expect(storage.ownerOf('doc:a', 8)).toBeUndefined();
      expect(storage.ownerOf('doc:b', 9)).toBeUndefined();

      const loaded = storage.load('doc:a');
      expect(loaded.updates.map((update) => [...update])).toEqual([[1, 2, 3], [4], [5, 6]]);
      expect(loaded.updatesSinceSnapshot).toBe(3);
      expect(loaded.bytes).toBe(6);
      expect([...loaded.owners].sort(([a], [b]) => a - b)).toEqual([
        [7, ALICE],
        [9, BOB],
        [11, BOB],
      ]);
    });

    it('keeps rooms apart', () => {
      const storage = makeStorage();
      storage.append('doc:a', bytes(1), attribution(ALICE, 1000), [7]);
      storage.append('doc:b', bytes(2, 2), attribution(BOB, 1000), [8]);

      const a = storage.load('doc:a');
      const b = storage.load('doc:b');
      expect(a.updates.map((update) => [...update])).toEqual([[1]]);
      expect([...a.owners]).toEqual([[7, ALICE]]);
      expect(b.updates.map((update) => [...update])).toEqual([[2, 2]]);
      expect([...b.owners]).toEqual([[8, BOB]]);
      expect(b.bytes).toBe(2);
    });

    it('stores the bytes of a view, not of the buffer behind it', () => {
      const storage = makeStorage();
      const frame = bytes(9, 9, 1, 2, 3, 9);
      storage.append('doc:a', frame.subarray(2, 5), attribution(ALICE, 1000), []);
      const loaded = storage.load('doc:a');
      expect(loaded.updates.map((update) => [...update])).toEqual([[1, 2, 3]]);
      expect(loaded.bytes).toBe(3);
    });

    it('compact replaces every update by one snapshot and resets updatesSinceSnapshot', () => {
      const storage = makeStorage();
      storage.append('doc:a', bytes(1, 2, 3), attribution(ALICE, 1000), [7]);
      storage.append('doc:a', bytes(4, 5), attribution(BOB, 2000), [9]);
      storage.append('doc:b', bytes(6), attribution(BOB, 2000), []);

      storage.compact('doc:a', bytes(42, 43, 44, 45));
      const compacted = storage.load('doc:a');
      expect(compacted.updates.map((update) => [...update])).toEqual([[42, 43, 44, 45]]);
      expect(compacted.updatesSinceSnapshot).toBe(0);
      expect(compacted.bytes).toBe(4);
      // Bindings survive compaction: a client ID stays its user's.
      expect([...compacted.owners].sort(([a], [b]) => a - b)).toEqual([
        [7, ALICE],
        [9, BOB],
      ]);
      // The other room is untouched.
      expect(storage.load('doc:b').updates.map((update) => [...update])).toEqual([[6]]);
    });

    it('counts only the updates after the snapshot, and every stored byte', () => {
      const storage = makeStorage();
      storage.append('doc:a', bytes(1), attribution(ALICE, 1000), []);
      storage.compact('doc:a', bytes(10, 11));
      storage.append('doc:a', bytes(2, 3, 4), attribution(ALICE, 2000), []);
      storage.append('doc:a', bytes(5), attribution(ALICE, 3000), []);

      const loaded = storage.load('doc:a');
      expect(loaded.updates.map((update) => [...update])).toEqual([[10, 11], [2, 3, 4], [5]]);
      expect(loaded.updatesSinceSnapshot).toBe(2);
      expect(loaded.bytes).toBe(6);
    });

    it('hands out owners that the caller may change without changing what is stored', () => {
      const storage = makeStorage();
      storage.append('doc:a', bytes(1), attribution(ALICE, 1000), [7]);
      storage.load('doc:a').owners.set(99, BOB);
      expect([...storage.load('doc:a').owners]).toEqual([[7, ALICE]]);
    });
  });
}
