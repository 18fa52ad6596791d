/**
 * Opens a sync room (a document's main text, `doc:<id>`, or an amendment's fork, `amendment:<id>`):
 * a Yjs document kept in IndexedDB (edits survive going offline and closing the tab) and synced
 * over y-websocket, plus our save protocol so the page can say "Opgeslagen" only when the server
 * has committed the edits to disk. The server decides per connection whether it may write: it
 * sends a writer its state vector and a reader a ReadOnly message, and closes with AccessChanged
 * when that changes, so the reconnect picks up the new rights.
 */
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Me } from '../../shared/api/schemas.js';
import { isPermanentClose } from '../../shared/protocol/closeCodes.js';
import { MessageType, SyncMessageType } from '../../shared/protocol/messages.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';
import { createStore, type Store } from '../store.js';
import { trackConnection, untrackConnection } from './openConnections.js';
import { presenceList, samePresence, type PresenceEntry } from './presence.js';
import { encodeSaveCheck, readSavedNonce } from './saveMessages.js';
import {
  initialSaveState,
  reduceSave,
  saveStatus,
  unsavedWhileReadOnly,
  type SaveEvent,
  type SaveStatus,
} from './saveStatus.js';

/** How the server ended the connection for good. */
export interface PermanentClose {
  code: number;
  reason: string;
}

/** An open room: its Yjs objects and what the page shows about it. */
export interface DocumentConnection {
  ydoc: Y.Doc;
  /** The ProseMirror content. */
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  persistence: IndexeddbPersistence;
  status: Store<SaveStatus>;
  readOnly: Store<boolean>;
  /**
   * Read-only with local changes the server never confirmed: edits made in the moment before the
   * server took the right to write away (an amendment submitted meanwhile). They stay in this browser.
   */
  unsavedWhileReadOnly: Store<boolean>;
  presence: Store<readonly PresenceEntry[]>;
  /** Set when the server closed the connection with a permanent code (4400-4499, or 1009). */
  closed: Store<PermanentClose | null>;
  /** Destroys the connection and deletes this user's local copy of the document. */
  discardLocalCopy(): Promise<void>;
  /** Closes the socket and releases the document; safe to call twice. */
  destroy(): void;
}

/** A sync room and the access the page was told about (the first guess until the server speaks). */
export interface RoomTarget {
  room: string;
  access: 'read' | 'write';
}

/** What to open, for whom. */
export interface ConnectOptions {
  user: Me;
  target: RoomTarget;
  /** Sync endpoint; y-websocket appends `/<room>`. Defaults to this page's host. */
  serverUrl?: string;
}

/** The sync endpoint on the page's own host (the CSP allows only `connect-src 'self'`). */
export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** IndexedDB name of a user's copy of a room: per user, so nobody else ever sends your unsent edits. */
export function localCopyName(userId: string, room: string): string {
  return `akkoord:${userId}:${room}`;
}

/** Connects to a room; the caller must `destroy()` it when leaving the page. */
export function connectDocument({
  user,
  target,
  serverUrl = defaultSyncUrl(),
}: ConnectOptions): DocumentConnection {
  // gc off: versions, diffs and attribution need deleted content (DESIGN.md).
  const ydoc = new Y.Doc({ gc: false });
  const fragment = ydoc.getXmlFragment('prosemirror');
  const storageName = localCopyName(user.id, target.room);
  const persistence = new IndexeddbPersistence(storageName, ydoc);
  // Handlers go in before the first connection; BroadcastChannel is off so every tab goes through
  // the server, which checks each write.
  const provider = new WebsocketProvider(serverUrl, target.room, ydoc, {
    disableBc: true,
    connect: false,
    shouldReconnect: (event) => !isPermanentClose(event.code),
  });

  let saveState = initialSaveState(target.access === 'read');
  const status = createStore<SaveStatus>(saveStatus(saveState));
  const readOnly = createStore(saveState.readOnly);
  const unsaved = createStore(false);
  const presence = createStore<readonly PresenceEntry[]>([]);
  const closed = createStore<PermanentClose | null>(null);

  const sendFrame = (frame: Uint8Array): void => {
    const ws = provider.ws;
    if (provider.wsconnected && ws !== null && ws.readyState === WebSocket.OPEN) ws.send(frame);
  };
  const dispatch = (event: SaveEvent): void => {
    const { state, sendNonce } = reduceSave(saveState, event);
    saveState = state;
    if (sendNonce !== null) sendFrame(encodeSaveCheck(sendNonce));
    status.set(saveStatus(saveState));
    readOnly.set(saveState.readOnly);
    unsaved.set(unsavedWhileReadOnly(saveState));
  };

  // The handshake of one connection is done when we have the server's state (y-websocket's `sync`)
  // and have answered its state vector with everything it lacks, edits made offline included.
  // `generation` ties each flag to the connection that set it.
  let generation = 0;
  let synced = false;
  let answeredStateVector = false;
  const resetHandshake = (): void => {
    generation++;
    synced = false;
    answeredStateVector = false;
  };
  const readyAfterThisMessage = (): void => {
    const current = generation;
    // y-websocket sends our answer after the handler returns; the microtask runs after that send.
    queueMicrotask(() => {
      if (current === generation && synced && answeredStateVector) dispatch({ type: 'ready' });
    });
  };

  const handleSync = provider.messageHandlers[MessageType.Sync];
  if (handleSync === undefined) throw new Error('y-websocket has no sync handler');
  provider.messageHandlers[MessageType.Sync] = (encoder, decoder, ...rest) => {
    const syncType = decoding.peekVarUint(decoder);
    handleSync(encoder, decoder, ...rest);
    if (syncType !== SyncMessageType.Step1) return;
    // The server asks a connection for its changes only when it accepts them from it.
    dispatch({ type: 'writable' });
    if (!answeredStateVector) {
      answeredStateVector = true;
      readyAfterThisMessage();
    }
  };
  provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
    dispatch({ type: 'saved', nonce: readSavedNonce(decoder) });
  };
  provider.messageHandlers[MessageType.ReadOnly] = () => dispatch({ type: 'readOnly' });

  // Until we have answered the server's state vector, live updates are held back: they may build on
  // offline edits the server has not seen yet (it would refuse them), and the answer carries them.
  const sendUpdate = provider._updateHandler;
  ydoc.off('update', sendUpdate);
  const sendUpdateAfterHandshake = (update: Uint8Array, origin: unknown): void => {
    if (answeredStateVector) sendUpdate(update, origin);
  };
  ydoc.on('update', sendUpdateAfterHandshake);

  // Registered after the provider's listener, so a change has been sent before its SaveCheck.
  let flushQueued = false;
  const onDocumentUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === provider) return;
    dispatch({ type: origin === persistence ? 'storedChangesLoaded' : 'localChange' });
    if (flushQueued) return;
    flushQueued = true;
    // One SaveCheck per burst of changes (a keystroke can make several Yjs transactions).
    queueMicrotask(() => {
      flushQueued = false;
      dispatch({ type: 'flush' });
    });
  };
  ydoc.on('update', onDocumentUpdate);

  provider.on('status', ({ status: phase }) => {
    if (phase === 'connecting') {
      resetHandshake();
      dispatch({ type: 'connecting' });
    } else if (phase === 'connected') {
      dispatch({ type: 'opened' });
    }
  });
  provider.on('sync', (isSynced: boolean) => {
    if (!isSynced) return;
    synced = true;
    readyAfterThisMessage();
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    resetHandshake();
    dispatch({ type: 'closed', permanent: event !== null && isPermanentClose(event.code) });
  });
  provider.on('closed', (event: PermanentClose) => closed.set({ code: event.code, reason: event.reason }));

  // The server replaces `user` with what the session says; this is only the first guess.
  const self: PresenceUser = {
    id: user.id,
    name: user.name,
    entityId: user.entityId,
    entityName: user.entityName,
    color: user.color,
  };
  const awareness = provider.awareness;
  const onAwarenessChange = (): void => {
    const next = presenceList(awareness.getStates(), user.id);
    if (!samePresence(next, presence.get())) presence.set(next);
  };
  awareness.on('change', onAwarenessChange);
  awareness.setLocalStateField('user', self);
  onAwarenessChange();

  let destroyed = false;
  let persistenceClosed: Promise<void> = Promise.resolve();
  const connection: DocumentConnection = {
    ydoc,
    fragment,
    provider,
    persistence,
    status,
    readOnly,
    unsavedWhileReadOnly: unsaved,
    presence,
    closed,
    async discardLocalCopy() {
      connection.destroy();
      await persistenceClosed;
      await clearDocument(storageName);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      untrackConnection(connection);
      awareness.off('change', onAwarenessChange);
      ydoc.off('update', onDocumentUpdate);
      ydoc.off('update', sendUpdateAfterHandshake);
      // The provider tells the others we left (a null awareness state) before closing the socket.
      provider.destroy();
      persistenceClosed = persistence.destroy().then(() => undefined);
      ydoc.destroy();
    },
  };
  trackConnection(connection);
  provider.connect();
  return connection;
}
