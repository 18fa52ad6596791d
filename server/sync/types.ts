/**
 * The two small interfaces the sync core depends on: a socket it can send to and close, and a
 * synchronous, transactional storage (matching better-sqlite3). Tests drive the core with fakes;
 * the server wires in `ws` and SQLite.
 */
import type { RoomAccess } from '../../shared/domain/permissions.js';
import type { CloseCode } from '../../shared/protocol/closeCodes.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';
import type * as Y from 'yjs';
import type { ClockRange } from './updateInspection.js';

/** What the core needs of a WebSocket. */
export interface RoomSocket {
  send(data: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}

/** Who is behind a connection, as the session says. */
export interface ConnectionIdentity {
  /** Unique per connection. */
  id: string;
  sessionId: string;
  userId: string;
  entityId: string | null;
  access: Exclude<RoomAccess, 'none'>;
  presence: PresenceUser;
}

/** Who wrote an accepted update, when, and what it added and deleted. */
export interface AttributionEntry {
  userId: string;
  entityId: string | null;
  at: number;
  inserted: ClockRange[];
  deleted: ClockRange[];
  /** Set when the update merges an accepted amendment into a main text. */
  amendmentId?: string | null;
}

/** A room's stored log as loaded at start. */
export interface StoredRoom {
  /** Snapshot first (if any), then later updates, in order. */
  updates: Uint8Array[];
  /** Updates stored after the last snapshot. */
  updatesSinceSnapshot: number;
  /** Bytes of all stored rows. */
  bytes: number;
  /** Client IDs bound to users. */
  owners: Map<number, string>;
}

/** Durable storage of rooms. Every method is synchronous and atomic. */
export interface RoomStorage {
  load(room: string): StoredRoom;
  /** Stores an update with its attribution and binds new client IDs, in one transaction; returns its sequence number. */
  append(room: string, update: Uint8Array, attribution: AttributionEntry, newClientIds: readonly number[]): number;
  /** Replaces every stored update of the room by `snapshot` (the attribution log stays). */
  compact(room: string, snapshot: Uint8Array): void;
  /** The user a client ID is bound to in a room, if any. */
  ownerOf(room: string, client: number): string | undefined;
}

/**
 * The text a fork starts from (an amendment room): the main text as it was when the amendment
 * began. It is applied before the room's own log and never stored in it.
 */
export interface RoomBase {
  /** A document holding exactly the base (gc off); the room adopts it as its own. */
  doc: Y.Doc;
  stateVector: Map<number, number>;
  /**
   * Whether the main text uses a client ID (now, not only when the fork began): a fork must never
   * write with one, or its structs would clash with the main text's when merged.
   */
  isMainClient(client: number): boolean;
}

/** Called after a room committed and applied an update (for indexes kept beside the rooms). */
export type CommitListener = (roomName: string, update: Uint8Array, attribution: AttributionEntry, seq: number) => void;

/** Tags Yjs transaction origins: who caused a change to a room's document. */
export type TransactionOrigin = { kind: 'connection'; connectionId: string } | { kind: 'server' } | { kind: 'load' };
