import { describe, expect, it } from 'vitest';
import {
  initialSaveState,
  reduceSave,
  saveStatus,
  type SaveEvent,
  type SaveState,
} from '../../client/sync/saveStatus.js';

/** Applies events in order, collecting the nonces of the SaveChecks the machine asked to send. */
function run(events: SaveEvent[], start: SaveState = initialSaveState(false)): { state: SaveState; sent: number[] } {
  let state = start;
  const sent: number[] = [];
  for (const event of events) {
    const transition = reduceSave(state, event);
    state = transition.state;
    if (transition.sendNonce !== null) sent.push(transition.sendNonce);
  }
  return { state, sent };
}

const connected: SaveEvent[] = [{ type: 'connecting' }, { type: 'opened' }, { type: 'ready' }];

describe('save status', () => {
  it('shows Verbinden… until the handshake check is answered, then Opgeslagen', () => {
    expect(saveStatus(initialSaveState(false))).toBe('connecting');
    const { state, sent } = run(connected);
    expect(sent).toEqual([1]);
    expect(saveStatus(state)).toBe('connecting');
    expect(saveStatus(run([{ type: 'saved', nonce: 1 }], state).state)).toBe('saved');
  });

  it('shows Opslaan… from a local change until a check sent after it is answered', () => {
    const ready = run([...connected, { type: 'saved', nonce: 1 }]);
    const changed = run([{ type: 'localChange' }], ready.state);
    expect(saveStatus(changed.state)).toBe('saving');
    const flushed = run([{ type: 'flush' }], changed.state);
    expect(flushed.sent).toEqual([2]);
    expect(saveStatus(flushed.state)).toBe('saving');
    expect(saveStatus(run([{ type: 'saved', nonce: 2 }], flushed.state).state)).toBe('saved');
  });

  it('does not show Opgeslagen when an older check is answered after a newer change', () => {
    const { state, sent } = run([
      ...connected,
      { type: 'saved', nonce: 1 },
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'saved', nonce: 2 },
    ]);
    expect(sent).toEqual([1, 2, 3]);
    expect(saveStatus(state)).toBe('saving');
    expect(saveStatus(run([{ type: 'saved', nonce: 3 }], state).state)).toBe('saved');
  });

  it('sends one check per flush, none when nothing changed since the last one', () => {
    const { sent } = run([
      ...connected,
      { type: 'localChange' },
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'flush' },
    ]);
    expect(sent).toEqual([1, 2]);
  });

  it('an answer to a later check settles the earlier ones', () => {
    const { state } = run([
      ...connected,
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'saved', nonce: 2 },
    ]);
    expect(state.pending).toEqual([]);
    expect(state.handshakeConfirmed).toBe(true);
    expect(saveStatus(state)).toBe('saved');
  });

  it('shows Offline while disconnected, keeps retries offline, and re-covers offline edits after reconnect', () => {
    const offline = run([
      ...connected,
      { type: 'saved', nonce: 1 },
      { type: 'closed', permanent: false },
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'connecting' },
    ]);
    expect(offline.sent).toEqual([1]);
    expect(saveStatus(offline.state)).toBe('offline');
    const reopened = run([{ type: 'opened' }], offline.state);
    expect(saveStatus(reopened.state)).toBe('saving');
    const ready = run([{ type: 'ready' }], reopened.state);
    expect(ready.sent).toEqual([2]);
    expect(saveStatus(run([{ type: 'saved', nonce: 2 }], ready.state).state)).toBe('saved');
  });

  it('ignores answers to checks of a connection that closed', () => {
    const { state } = run([
      ...connected,
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'closed', permanent: false },
      { type: 'opened' },
      { type: 'saved', nonce: 2 },
    ]);
    expect(state.confirmed).toBe(0);
    expect(saveStatus(state)).toBe('saving');
  });

  it('holds checks while the handshake is running: the handshake check covers those edits', () => {
    const { state, sent } = run([
      { type: 'connecting' },
      { type: 'opened' },
      { type: 'localChange' },
      { type: 'flush' },
      { type: 'ready' },
    ]);
    expect(sent).toEqual([1]);
    expect(state.pending).toEqual([{ nonce: 1, covers: 1, handshake: true }]);
  });

  it('counts edits loaded from IndexedDB only after the handshake', () => {
    const before = run([{ type: 'opened' }, { type: 'storedChangesLoaded' }]);
    expect(before.state.changes).toBe(0);
    const after = run([...connected, { type: 'saved', nonce: 1 }, { type: 'storedChangesLoaded' }, { type: 'flush' }]);
    expect(after.sent).toEqual([1, 2]);
    expect(saveStatus(after.state)).toBe('saving');
  });

  it('shows Alleen lezen for readers and after a ReadOnly message, whatever the connection does', () => {
    expect(saveStatus(initialSaveState(true))).toBe('readOnly');
    const { state } = run([...connected, { type: 'saved', nonce: 1 }, { type: 'readOnly' }, { type: 'closed', permanent: false }]);
    expect(saveStatus(state)).toBe('readOnly');
  });

  it('shows a stopped connection after a permanent close, and retries do not hide it', () => {
    const { state } = run([...connected, { type: 'closed', permanent: true }, { type: 'connecting' }]);
    expect(saveStatus(state)).toBe('stopped');
  });

  it('ignores a ready that does not follow an open socket', () => {
    const { sent } = run([{ type: 'connecting' }, { type: 'ready' }]);
    expect(sent).toEqual([]);
  });
});
