/** A room and its storage: failures change nothing, compaction keeps the content. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RoomStorage } from '../../server/sync/types.js';
import { CloseCode, closeReasons } from '../../shared/protocol/closeCodes.js';
import { destroyRooms, ROOM, SYSTEM_CLIENT, updateFrame, storage, seedState, setup, openRoom, client, content, endOfTurn, join, LEAD, READER } from '../utils/roomHarness.js';

afterEach(destroyRooms);

describe('Room', () => {
  it('closes the writer with StorageFailure and leaves the document unchanged when storing fails', async () => {
    const failing: RoomStorage = {
      load: () => ({ updates: [seedState()], updatesSinceSnapshot: 1, bytes: 0, owners: new Map([[SYSTEM_CLIENT, 'system']]) }),
      append: () => {
        throw new Error('disk full');
      },
      compact: () => {
        throw new Error('disk full');
      },
      ownerOf: () => undefined,
    };
    const room = setup({ storage: failing });
    const writer = join(room, LEAD);
    const other = join(room, READER);
    const stateBefore = Y.encodeStateVector(room.doc);
    const otherFrames = other.received.length;
    const editor = client(room, 501);
    editor.text().insert(5, ' wereld');

    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    await endOfTurn();

    expect(writer.closes).toEqual([{ code: CloseCode.StorageFailure, reason: closeReasons[CloseCode.StorageFailure] }]);
    expect(Y.encodeStateVector(room.doc)).toEqual(stateBefore);
    expect(content(room.doc)).toBe('<paragraph>Hallo</paragraph>');
    expect(other.received.length).toBe(otherFrames);
  });

  it('compacts after compactAfter updates and loads the same content from the snapshot', async () => {
    const room = setup({ compactAfter: 3 });
    join(room, LEAD);
    const editor = client(room, 501);
    for (const word of [' een', ' twee', ' drie']) {
      editor.text().insert(editor.text().length, word);
      room.receive(LEAD.id, updateFrame(editor.updates.at(-1)!));
    }
    expect(storage.events.map((event) => event.kind)).toEqual(['append', 'append', 'append']);

    // Compaction is scheduled with setImmediate: let it run.
    await endOfTurn();

    expect(storage.events.map((event) => event.kind)).toEqual(['append', 'append', 'append', 'compact']);
    const stored = storage.load(ROOM);
    expect(stored.updates).toHaveLength(1);
    expect(stored.updatesSinceSnapshot).toBe(0);
    const reloaded = new Y.Doc({ gc: false });
    Y.applyUpdate(reloaded, stored.updates[0]!);
    expect(content(reloaded)).toBe('<paragraph>Hallo een twee drie</paragraph>');
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(room.doc));
    // The attribution log outlives the compaction.
    expect(storage.attributionOf(ROOM).map((entry) => entry.userId)).toEqual(['system', 'user-lead', 'user-lead', 'user-lead']);
  });

  it('compacts on request and a new room loads the same content and owners', () => {
    const room = setup();
    join(room, LEAD);
    const editor = client(room, 501);
    editor.text().insert(5, '!');
    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    room.compact();

    expect(storage.events.map((event) => event.kind)).toEqual(['append', 'compact']);
    const again = openRoom(storage);
    expect(content(again.doc)).toBe('<paragraph>Hallo!</paragraph>');
    // The binding survives: the system's client ID still belongs to the system user.
    const writer = join(again, LEAD);
    const forger = client(again, SYSTEM_CLIENT);
    forger.text().insert(0, 'x');
    again.receive(LEAD.id, updateFrame(forger.updates[0]!));
    expect(writer.closes.map((close) => close.code)).toEqual([CloseCode.ForgedClientId]);
  });
});
