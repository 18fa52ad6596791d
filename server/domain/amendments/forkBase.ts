/**
 * An amendment room's base: the main text as it was when the amendment started, rebuilt from the
 * live main text (gc off keeps every struct) and the snapshot taken then. Nothing of it is stored
 * twice: the fork's own log holds only what it adds.
 */
import * as Y from 'yjs';
import { amendmentRoom, documentRoom, parseRoomName } from '../../../shared/protocol/rooms.js';
import type { AmendmentRepository } from '../../repositories/amendments.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';
import type { RoomBase, RoomStorage } from '../../sync/types.js';

/** The main text's state at `snapshot`, as a fork's base; `isMainClient` says which client IDs the main text uses now. */
export function forkBase(main: Y.Doc, snapshot: Y.Snapshot, isMainClient: (client: number) => boolean): RoomBase {
  return {
    doc: Y.createDocFromSnapshot(main, snapshot, new Y.Doc({ gc: false })),
    stateVector: new Map(snapshot.sv),
    isMainClient,
  };
}

/** The registry's `baseOf`: an amendment room's base, null for any other room. */
export function amendmentRoomBase(
  roomName: string,
  amendments: AmendmentRepository,
  rooms: RoomRegistry,
  storage: RoomStorage,
): RoomBase | null {
  const room = parseRoomName(roomName);
  if (room?.kind !== 'amendment') return null;
  const amendment = amendments.get(room.amendmentId);
  const snapshots = amendments.snapshots(room.amendmentId);
  if (!amendment || !snapshots) return null;
  const snapshot = Y.decodeSnapshot(snapshots.base);
  const mainRoom = documentRoom(amendment.documentId);
  // Every client ID that wrote to the main text is bound there: a lookup, without loading the main room.
  return rooms.read(mainRoom, (main) => forkBase(main.doc, snapshot, (client) => storage.ownerOf(mainRoom, client) !== undefined));
}

/** Everything an amendment adds to its base, as one update (null when it has written nothing). */
export function ownUpdateOf(storage: RoomStorage, amendmentId: string): Uint8Array | null {
  const { updates } = storage.load(amendmentRoom(amendmentId));
  if (updates.length === 0) return null;
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}
