/**
 * The save state when the server changes a connection's rights (close 4502 AccessChanged, then a
 * reconnect): a writer that comes back as a reader shows "Alleen lezen", keeps its count of changes
 * the server never confirmed, and a reader that comes back as a writer may write again.
 */
import { describe, expect, it } from 'vitest';
import {
  initialSaveState,
  reduceSave,
  saveStatus,
  unsavedWhileReadOnly,
  type SaveEvent,
  type SaveState,
} from '../../client/sync/saveStatus.js';

function run(events: readonly SaveEvent[], start: SaveState): SaveState {
  return events.reduce((state, event) => reduceSave(state, event).state, start);
}

const handshake: SaveEvent[] = [{ type: 'connecting' }, { type: 'opened' }, { type: 'writable' }, { type: 'ready' }, { type: 'saved', nonce: 1 }];
const accessChanged: SaveEvent[] = [{ type: 'closed', permanent: false }, { type: 'connecting' }, { type: 'opened' }];

describe('save state when the server changes the rights of a connection', () => {
  it('turns a writer read-only when it comes back as a reader', () => {
    const writing = run(handshake, initialSaveState(false));
    expect(saveStatus(writing)).toBe('saved');
    const reader = run([...accessChanged, { type: 'readOnly' }], writing);
    expect(reader.readOnly).toBe(true);
    expect(saveStatus(reader)).toBe('readOnly');
    expect(unsavedWhileReadOnly(reader)).toBe(false);
  });

  it('remembers edits the server never confirmed before it took the right to write away', () => {
    const writing = run(handshake, initialSaveState(false));
    const typedLate = run([{ type: 'localChange' }, ...accessChanged, { type: 'readOnly' }], writing);
    expect(saveStatus(typedLate)).toBe('readOnly');
    expect(unsavedWhileReadOnly(typedLate)).toBe(true);
    // Back to writing, the reconnect's handshake carries them and its check confirms them.
    const rewritable = run([{ type: 'closed', permanent: false }, { type: 'connecting' }, { type: 'opened' }, { type: 'writable' }, { type: 'ready' }, { type: 'saved', nonce: 2 }], typedLate);
    expect(unsavedWhileReadOnly(rewritable)).toBe(false);
    expect(saveStatus(rewritable)).toBe('saved');
  });

  it('never warns on a page that was read-only from the start, whatever it counts', () => {
    const reader = run([{ type: 'connecting' }, { type: 'opened' }, { type: 'readOnly' }, { type: 'localChange' }], initialSaveState(true));
    expect(unsavedWhileReadOnly(reader)).toBe(false);
  });

  it('lets a reader write once the server asks it for its changes', () => {
    const reading = run([{ type: 'connecting' }, { type: 'opened' }, { type: 'readOnly' }], initialSaveState(true));
    expect(saveStatus(reading)).toBe('readOnly');
    const upgraded = run([...accessChanged, { type: 'writable' }, { type: 'ready' }, { type: 'saved', nonce: 1 }], reading);
    expect(upgraded.readOnly).toBe(false);
    expect(saveStatus(upgraded)).toBe('saved');
  });
});
