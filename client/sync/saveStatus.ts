/**
 * The save indicator's state machine, pure so unit tests can drive it event by event.
 *
 * The server answers a SaveCheck(nonce) with Saved(nonce) once everything the connection sent before
 * the check is committed to disk. Local changes are counted; each check remembers the count it
 * covers, so "Opgeslagen" shows only when a check sent after the latest change was answered. A check
 * is also sent once per connection after the sync handshake (it covers edits made offline, which
 * y-websocket sends inside the handshake), and nothing counts as saved on a connection until it is
 * answered.
 */

/** What the indicator shows. */
export type SaveStatus = 'connecting' | 'saving' | 'saved' | 'offline' | 'readOnly' | 'stopped';

/** Where the connection stands. */
export type ConnectionPhase =
  /** First attempt under way, nothing known yet. */
  | 'connecting'
  /** WebSocket open, sync handshake in progress. */
  | 'syncing'
  /** Handshake done: the server has our state and live updates flow. */
  | 'ready'
  /** Connection lost; y-websocket keeps retrying. */
  | 'offline'
  /** The server closed the connection for good (close code 4400-4499). */
  | 'stopped';

/** A SaveCheck sent on the current connection and not answered yet. */
export interface PendingCheck {
  nonce: number;
  /** The local change count this check covers. */
  covers: number;
  /** Whether this is the check sent after the connection's handshake. */
  handshake: boolean;
}

/** Everything the indicator needs to know. */
export interface SaveState {
  connection: ConnectionPhase;
  /** The user may not write (access `read` until the server asks for changes, or the server sent ReadOnly). */
  readOnly: boolean;
  /** Local changes made so far. */
  changes: number;
  /** The highest change count the server confirmed as committed. */
  confirmed: number;
  /** Whether this connection's handshake check has been answered. */
  handshakeConfirmed: boolean;
  pending: readonly PendingCheck[];
  nextNonce: number;
  /**
   * The local change count when the server took the right to write away (null while writable, and
   * when the connection started read-only): changes beyond what it confirmed were never stored.
   */
  changesWhenWriteEnded: number | null;
}

/** What happens to the connection and the document. */
export type SaveEvent =
  /** y-websocket started a connection attempt. */
  | { type: 'connecting' }
  /** The WebSocket opened; the handshake starts. */
  | { type: 'opened' }
  /** The handshake finished: we have the server's state and answered its state vector. */
  | { type: 'ready' }
  /** The WebSocket closed; `permanent` for codes after which y-websocket stops retrying. */
  | { type: 'closed'; permanent: boolean }
  /** The user changed the document. */
  | { type: 'localChange' }
  /** Edits stored in IndexedDB by an earlier visit were loaded into the document. */
  | { type: 'storedChangesLoaded' }
  /** End of a batch of local changes: time to ask the server to confirm them. */
  | { type: 'flush' }
  /** The server answered a SaveCheck. */
  | { type: 'saved'; nonce: number }
  /** The server said this connection may only read. */
  | { type: 'readOnly' }
  /** The server asked this connection for its changes: it accepts its writes (rights may have grown). */
  | { type: 'writable' };

/** The next state, and the nonce of a SaveCheck to send now (or null). */
export interface SaveTransition {
  state: SaveState;
  sendNonce: number | null;
}

/** The state before anything happened. */
export function initialSaveState(readOnly: boolean): SaveState {
  return {
    connection: 'connecting',
    readOnly,
    changes: 0,
    confirmed: 0,
    handshakeConfirmed: false,
    pending: [],
    nextNonce: 1,
    changesWhenWriteEnded: null,
  };
}

function withCheck(state: SaveState, handshake: boolean): SaveTransition {
  const nonce = state.nextNonce;
  return {
    state: {
      ...state,
      pending: [...state.pending, { nonce, covers: state.changes, handshake }],
      nextNonce: nonce + 1,
    },
    sendNonce: nonce,
  };
}

function unchanged(state: SaveState): SaveTransition {
  return { state, sendNonce: null };
}

/** Applies one event. */
export function reduceSave(state: SaveState, event: SaveEvent): SaveTransition {
  switch (event.type) {
    case 'connecting':
      // y-websocket reports every retry as "connecting"; while retrying we are still offline.
      if (state.connection === 'offline' || state.connection === 'stopped') return unchanged(state);
      return unchanged({ ...state, connection: 'connecting' });
    case 'opened':
      return unchanged({ ...state, connection: 'syncing', handshakeConfirmed: false, pending: [] });
    case 'ready':
      if (state.connection !== 'syncing') return unchanged(state);
      return withCheck({ ...state, connection: 'ready' }, true);
    case 'closed':
      // Checks sent on a closed connection will never be answered; the next handshake re-covers them.
      return unchanged({
        ...state,
        connection: event.permanent ? 'stopped' : 'offline',
        handshakeConfirmed: false,
        pending: [],
      });
    case 'localChange':
      return unchanged({ ...state, changes: state.changes + 1 });
    case 'storedChangesLoaded':
      // Before the handshake, stored edits travel inside it and its check covers them; after it,
      // y-websocket sends them as a live update that needs a check of its own.
      return state.connection === 'ready' ? unchanged({ ...state, changes: state.changes + 1 }) : unchanged(state);
    case 'flush': {
      if (state.connection !== 'ready') return unchanged(state);
      const covered = Math.max(state.confirmed, ...state.pending.map((check) => check.covers));
      return state.changes > covered ? withCheck(state, false) : unchanged(state);
    }
    case 'saved': {
      const answered = state.pending.find((check) => check.nonce === event.nonce);
      if (answered === undefined) return unchanged(state);
      // The server answers in order: everything sent before this check is committed as well.
      const settled = state.pending.filter((check) => check.nonce <= answered.nonce);
      return unchanged({
        ...state,
        confirmed: Math.max(state.confirmed, answered.covers),
        handshakeConfirmed: state.handshakeConfirmed || settled.some((check) => check.handshake),
        pending: state.pending.filter((check) => check.nonce > answered.nonce),
      });
    }
    case 'readOnly':
      return unchanged({
        ...state,
        readOnly: true,
        changesWhenWriteEnded: state.readOnly ? state.changesWhenWriteEnded : state.changes,
      });
    case 'writable':
      return unchanged({ ...state, readOnly: false, changesWhenWriteEnded: null });
  }
}

/** Read-only now, with edits made while it could still write that the server never confirmed. */
export function unsavedWhileReadOnly(state: SaveState): boolean {
  return state.readOnly && state.changesWhenWriteEnded !== null && state.changesWhenWriteEnded > state.confirmed;
}

/** What the indicator shows for a state. */
export function saveStatus(state: SaveState): SaveStatus {
  if (state.readOnly) return 'readOnly';
  const unconfirmed = state.changes > state.confirmed;
  switch (state.connection) {
    case 'stopped':
      return 'stopped';
    case 'offline':
      return 'offline';
    case 'connecting':
      return 'connecting';
    case 'syncing':
      return unconfirmed ? 'saving' : 'connecting';
    case 'ready':
      if (unconfirmed) return 'saving';
      return state.handshakeConfirmed ? 'saved' : 'connecting';
  }
}
