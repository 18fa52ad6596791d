/**
 * One sync room: a Y.Doc with its awareness, the connections in it, and the gate every frame
 * passes. An update is inspected, committed to storage, applied, and only then broadcast; its
 * sender learns it is saved through the SaveCheck/Saved exchange. Nothing here knows about HTTP.
 */
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CloseCode, closeReasons } from '../../shared/protocol/closeCodes.js';
import {
  MAX_DOCUMENT_BYTES,
  MAX_MESSAGES_PER_SECOND,
  MAX_SYNC_STEP1_PER_SECOND,
  MESSAGE_BURST,
  SYNC_STEP1_BURST,
} from '../../shared/protocol/limits.js';
import { MessageType, SyncMessageType } from '../../shared/protocol/messages.js';
import type { Logger } from '../logger.js';
import { filterAwarenessUpdate } from './awarenessFilter.js';
import * as frames from './frames.js';
import { TokenBucket } from './tokenBucket.js';
import type { AttributionEntry, CommitListener, ConnectionIdentity, RoomBase, RoomSocket, RoomStorage, TransactionOrigin } from './types.js';
import { ALLOWED_CONTENT, ALLOWED_ROOTS, stillVisible } from './roomContent.js';
import { inspectUpdate, type ClockRange } from './updateInspection.js';

/**
 * Owner of a fork's base client IDs: no user id equals it, so nobody may write with the main
 * text's client IDs inside a fork (those structs would clash with the main text's on merge).
 */
const MAIN_TEXT_OWNER = '\u0000main-text';

/** How a server-made update is checked beyond a client's. */
export interface CommitOptions {
  /**
   * Refuse it if it repeats structs this room already has. A fork's own changes never should: if
   * they do, a client ID was used both in the fork and in the main text, and the structs clash.
   */
  refuseKnown?: boolean;
}

/** What an update made by the server on someone's behalf (a merge) stored, or why it was refused. */
export type ServerUpdateResult =
  | { ok: true; seq: number; inserted: ClockRange[]; deleted: ClockRange[] }
  | { ok: false; code: CloseCode; detail: string };

interface Connection extends ConnectionIdentity {
  socket: RoomSocket;
  awarenessIds: Set<number>;
  bucket: TokenBucket;
  step1Bucket: TokenBucket;
  readOnlyNoticeSent: boolean;
}

/** Options of a room. */
export interface RoomOptions {
  storage: RoomStorage;
  logger: Logger;
  /** Stored updates after which the log is compacted into one snapshot. */
  compactAfter: number;
  /** For a fork: the text it starts from, applied first and never stored in its log. */
  base?: RoomBase | null;
  /** Told of every committed update, after it is applied. */
  onCommitted?: CommitListener | undefined;
}

/** A loaded room. */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly connections = new Map<string, Connection>();
  private readonly owners: Map<number, string>;
  /** Awareness client ID → connection that holds it. */
  private readonly claims = new Map<number, string>();
  private updatesSinceSnapshot: number;
  private storedBytes: number;
  /** The whole state encoded, for late joiners with an empty document; dropped on every change. */
  private fullState: Uint8Array | null = null;
  /** The document's Y.snapshot, likewise cached until the next change. */
  private currentSnapshot: Y.Snapshot | null = null;
  private compactionScheduled = false;
  /** Updates applied in this turn of the event loop, broadcast together when it ends. */
  private pendingBroadcast: { update: Uint8Array; senderId: string | null }[] = [];

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
  ) {
    this.doc = options.base?.doc ?? new Y.Doc({ gc: false });
    const stored = options.storage.load(name);
    this.owners = stored.owners;
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot;
    this.storedBytes = stored.bytes;
    const origin: TransactionOrigin = { kind: 'load' };
    const base = options.base ?? null;
    if (base) {
      for (const client of base.stateVector.keys()) if (!this.owners.has(client)) this.owners.set(client, MAIN_TEXT_OWNER);
    }
    Y.transact(this.doc, () => {
      stored.updates.forEach((update, index) => {
        try {
          Y.applyUpdate(this.doc, update, origin);
        } catch (error) {
          // The gate makes this impossible for updates it accepted; should an old row be bad, the
          // rest of the document must still open, and the operator must hear of it.
          options.logger.error('sync.load_update_failed', { room: name, index, error: String(error) });
        }
      });
    }, origin);
    if (stored.updates.length === 1 && !base) this.fullState = stored.updates[0]!;

    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const changed = [...added, ...updated, ...removed];
      const frame = frames.awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      for (const connection of this.connections.values()) connection.socket.send(frame);
    });
  }

  /** Number of open connections. */
  get size(): number {
    return this.connections.size;
  }

  /** Adds a connection: sends the server's state vector (to writers) and everyone's presence. */
  join(identity: ConnectionIdentity, socket: RoomSocket): void {
    const connection: Connection = {
      ...identity,
      socket,
      awarenessIds: new Set(),
      bucket: new TokenBucket(MAX_MESSAGES_PER_SECOND, MESSAGE_BURST),
      step1Bucket: new TokenBucket(MAX_SYNC_STEP1_PER_SECOND, SYNC_STEP1_BURST),
      readOnlyNoticeSent: false,
    };
    this.connections.set(identity.id, connection);
    if (identity.access === 'write') socket.send(frames.syncStep1Frame(Y.encodeStateVector(this.doc)));
    else this.noticeReadOnly(connection);
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      socket.send(frames.awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  /** Removes a connection and its presence. */
  leave(connectionId: string): void {
    const connection = this.connections.get(connectionId);
    if (!connection) return;
    this.connections.delete(connectionId);
    for (const id of connection.awarenessIds) this.claims.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
  }

  /** Closes each connection for which `decide` names a close code (sign-out, revoked rights, shutdown). */
  closeWhere(decide: (identity: ConnectionIdentity) => CloseCode | null): void {
    for (const connection of [...this.connections.values()]) {
      const code = decide(connection);
      if (code === null) continue;
      this.leave(connection.id);
      connection.socket.close(code, closeReasons[code]);
    }
  }

  /** Handles one frame from a connection. Any violation closes that connection and changes nothing. */
  receive(connectionId: string, data: Uint8Array): void {
    const connection = this.connections.get(connectionId);
    if (!connection) return;
    if (!connection.bucket.take()) return this.reject(connection, CloseCode.TooManyMessages, 'rate limit');
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.Sync:
          return this.receiveSync(connection, decoder);
        case MessageType.Awareness:
          return this.receiveAwareness(connection, decoding.readVarUint8Array(decoder), decoder);
        case MessageType.QueryAwareness: {
          const states = [...this.awareness.getStates().keys()];
          return connection.socket.send(frames.awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
        }
        case MessageType.SaveCheck: {
          const nonce = decoding.readVarUint(decoder);
          ensureConsumed(decoder);
          // Frames are handled in order and storage is synchronous: everything before is committed.
          if (connection.access === 'write') connection.socket.send(frames.savedFrame(nonce));
          else this.noticeReadOnly(connection, true);
          return;
        }
        default:
          return this.reject(connection, CloseCode.UnknownMessageType, `type ${type}`);
      }
    } catch (error) {
      this.reject(connection, CloseCode.MalformedFrame, String(error));
    }
  }

  /** Writes the whole state (a fork: what it adds to its base) as one snapshot row; the attribution log is kept. */
  compact(): void {
    this.compactionScheduled = false;
    if (this.updatesSinceSnapshot <= 1) return;
    const base = this.options.base;
    const snapshot = base ? Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(base.stateVector)) : this.encodeFullState();
    this.options.storage.compact(this.name, snapshot);
    this.updatesSinceSnapshot = 0;
    this.storedBytes = snapshot.length;
  }

  /** The document's current snapshot (versions, amendments' views); cached until the next change. */
  snapshot(): Y.Snapshot {
    this.currentSnapshot ??= Y.snapshot(this.doc);
    return this.currentSnapshot;
  }

  /** The whole state as one update (copies, versions); cached until the next change. */
  encodeState(): Uint8Array {
    return this.encodeFullState();
  }

  /** Frees the document and presence timers. */
  destroy(): void {
    this.flushBroadcast();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receiveSync(connection: Connection, decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    ensureConsumed(decoder);
    if (subtype === SyncMessageType.Step1) {
      // Answering encodes much of the document: a client needs it on connect, not hundreds of times.
      if (!connection.step1Bucket.take()) return this.reject(connection, CloseCode.TooManyMessages, 'sync step 1 rate');
      const stateVector = Y.decodeStateVector(payload);
      const reply = stateVector.size === 0 ? this.encodeFullState() : Y.encodeStateAsUpdate(this.doc, payload);
      connection.socket.send(frames.syncStep2Frame(reply));
      return;
    }
    if (subtype !== SyncMessageType.Step2 && subtype !== SyncMessageType.Update) {
      return this.reject(connection, CloseCode.UnknownMessageType, `sync subtype ${subtype}`);
    }
    if (connection.access !== 'write') return this.noticeReadOnly(connection);
    this.acceptUpdate(connection, payload);
  }

  private acceptUpdate(connection: Connection, update: Uint8Array): void {
    const result = this.commit(update, { userId: connection.userId, entityId: connection.entityId }, connection.id, {});
    if (!result.ok) this.reject(connection, result.code, result.detail);
  }

  /**
   * Stores, applies and broadcasts an update the server makes on a user's behalf (merging an accepted
   * amendment): it passes the same inspection as a client's, and is attributed to that user.
   */
  applyServerUpdate(
    update: Uint8Array,
    author: Pick<AttributionEntry, 'userId' | 'entityId' | 'amendmentId'>,
    options: CommitOptions = {},
  ): ServerUpdateResult {
    return this.commit(update, author, null, options);
  }

  /** The gate's core: inspect, store with attribution, apply, broadcast. Refusals change nothing. */
  private commit(
    update: Uint8Array,
    author: Pick<AttributionEntry, 'userId' | 'entityId' | 'amendmentId'>,
    connectionId: string | null,
    options: CommitOptions,
  ): ServerUpdateResult {
    const store = this.doc.store;
    const verdict = inspectUpdate(update, author.userId, {
      stateOf: (client) => Y.getState(store, client),
      ownerOf: (client) => this.owners.get(client) ?? (this.options.base?.isMainClient(client) ? MAIN_TEXT_OWNER : undefined),
      allowedRoots: ALLOWED_ROOTS,
      allowedContent: ALLOWED_CONTENT,
      stillVisible: (client, clock, length) => stillVisible(this.doc, client, clock, length),
    });
    if (!verdict.ok) return verdict;
    if (verdict.noop) return { ok: true, seq: 0, inserted: [], deleted: [] };
    if (options.refuseKnown && verdict.carriesKnown) {
      return { ok: false, code: CloseCode.MalformedFrame, detail: 'it carries structs this text already has' };
    }
    // Only what was new to the server is stored, applied and relayed: structs it already had were
    // never checked against their owner, and a copy with other content must reach nobody, neither
    // through the relay nor through a later merge of the stored rows. A typing update carries none,
    // and goes on as received.
    const fresh = verdict.carriesKnown ? Y.diffUpdate(update, Y.encodeStateVector(this.doc)) : update;
    if (this.storedBytes + fresh.length > MAX_DOCUMENT_BYTES) {
      return { ok: false, code: CloseCode.TooLarge, detail: 'document size limit' };
    }
    const attribution: AttributionEntry = {
      userId: author.userId,
      entityId: author.entityId,
      at: Date.now(),
      inserted: verdict.inserted,
      deleted: verdict.deleted,
      amendmentId: author.amendmentId ?? null,
    };
    let seq: number;
    try {
      seq = this.options.storage.append(this.name, fresh, attribution, verdict.newClientIds);
    } catch (error) {
      this.options.logger.error('sync.store_failed', { room: this.name, error: String(error) });
      return { ok: false, code: CloseCode.StorageFailure, detail: 'store failed' };
    }
    for (const client of verdict.newClientIds) this.owners.set(client, author.userId);
    this.updatesSinceSnapshot += 1;
    this.storedBytes += fresh.length;
    const origin: TransactionOrigin = connectionId === null ? { kind: 'server' } : { kind: 'connection', connectionId };
    Y.applyUpdate(this.doc, fresh, origin);
    this.broadcast(fresh, connectionId);
    this.guarded('commit_listener', () => this.options.onCommitted?.(this.name, fresh, attribution, seq));
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      // inspectUpdate should make this impossible; if it happens, say so loudly.
      this.options.logger.error('sync.pending_after_apply', { room: this.name });
    }
    if (this.updatesSinceSnapshot >= this.options.compactAfter && !this.compactionScheduled) {
      this.compactionScheduled = true;
      setImmediate(() => this.guarded('compact', () => this.compact()));
    }
    return { ok: true, seq, inserted: verdict.inserted, deleted: verdict.deleted };
  }

  /**
   * Relays an update that is stored and applied. The received bytes (less what the server already
   * had) are relayed, not an update the doc re-encodes: with no 'update' listener on the doc, Yjs
   * skips that encoding on every keystroke.
   * Fan-out waits for the end of this event-loop turn so that updates arriving together (many
   * typists under load) go out as one frame per connection.
   */
  private broadcast(update: Uint8Array, senderId: string | null): void {
    this.fullState = null;
    this.currentSnapshot = null;
    if (this.pendingBroadcast.length === 0) setImmediate(() => this.guarded('broadcast', () => this.flushBroadcast()));
    this.pendingBroadcast.push({ update, senderId });
  }

  /** Sends the updates of this turn: one alone skips its sender; several go merged to everyone. */
  private flushBroadcast(): void {
    const pending = this.pendingBroadcast;
    this.pendingBroadcast = [];
    if (pending.length === 0) return;
    const only = pending.length === 1 ? pending[0]! : null;
    const encoded = frames.syncUpdateFrame(only ? only.update : Y.mergeUpdates(pending.map((p) => p.update)));
    // As a Buffer once, so the socket layer does not wrap the same bytes again for every connection.
    const frame = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
    const skip = only?.senderId ?? null;
    for (const connection of this.connections.values()) {
      if (connection.id !== skip) connection.socket.send(frame);
    }
  }

  private receiveAwareness(connection: Connection, raw: Uint8Array, decoder: decoding.Decoder): void {
    ensureConsumed(decoder);
    const verdict = filterAwarenessUpdate(
      raw,
      connection.id,
      connection.awarenessIds,
      { holderOf: (clientId) => this.claims.get(clientId) },
      connection.presence,
    );
    if (!verdict.ok) return this.reject(connection, CloseCode.MalformedFrame, verdict.detail);
    for (const clientId of verdict.claimed) {
      connection.awarenessIds.add(clientId);
      this.claims.set(clientId, connection.id);
    }
    if (verdict.entries > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, verdict.update, connection.id);
  }

  private noticeReadOnly(connection: Connection, always = false): void {
    if (connection.readOnlyNoticeSent && !always) return;
    connection.readOnlyNoticeSent = true;
    connection.socket.send(frames.readOnlyFrame());
  }

  private reject(connection: Connection, code: CloseCode, detail: string): void {
    this.options.logger.warn('sync.rejected', { room: this.name, user: connection.userId, code, detail: detail.slice(0, 200) });
    this.leave(connection.id);
    connection.socket.close(code, closeReasons[code]);
  }

  /** Runs work scheduled outside a frame's handling: a throw is logged, never fatal to the process. */
  private guarded(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.options.logger.error(`sync.${what}_failed`, { room: this.name, error: String(error) });
    }
  }

  private encodeFullState(): Uint8Array {
    this.fullState ??= Y.encodeStateAsUpdate(this.doc);
    return this.fullState;
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function ensureConsumed(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in frame');
}
