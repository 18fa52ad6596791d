/** A room's sync path: state vectors, durable-before-broadcast fan-out, Saved, readers' writes dropped. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from '../../shared/protocol/messages.js';
import { destroyRooms, ROOM, SYSTEM_CLIENT, updateFrame, step1Frame, saveCheckFrame, events, storage, seedState, setup, client, content, endOfTurn, join, LEAD, LEAD_OTHER_TAB, READER } from '../utils/roomHarness.js';

afterEach(destroyRooms);

describe('Room', () => {
  it("sends a writer the server's state vector and a reader a ReadOnly notice", () => {
    const room = setup();
    const writer = join(room, LEAD);
    const reader = join(room, READER);
    expect(writer.received).toEqual([
      { type: MessageType.Sync, subtype: SyncMessageType.Step1, payload: Y.encodeStateVector(room.doc) },
    ]);
    expect(reader.received).toEqual([{ type: MessageType.ReadOnly }]);
  });

  it('answers a late joiner with an empty document with the whole state', () => {
    const room = setup();
    const reader = join(room, READER);
    room.receive(READER.id, step1Frame(new Y.Doc()));
    const reply = reader.received.at(-1)! as { type: number; subtype: number; payload: Uint8Array };
    expect([reply.type, reply.subtype]).toEqual([MessageType.Sync, SyncMessageType.Step2]);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, reply.payload);
    expect(content(fresh)).toBe('<paragraph>Hallo</paragraph>');
  });

  it("stores a writer's update before broadcasting it, to everyone but the writer", async () => {
    const room = setup();
    const writer = join(room, LEAD);
    const other = join(room, LEAD_OTHER_TAB);
    const reader = join(room, READER);
    const editor = client(room, 501);
    editor.text().insert(5, ' wereld');
    const sentBefore = writer.received.length;
    events.length = 0;

    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    await endOfTurn();

    expect(events[0]).toBe('storage append');
    expect(events.slice(1).sort()).toEqual([`send conn-lead-2 ${MessageType.Sync}`, `send conn-reader ${MessageType.Sync}`]);
    expect(writer.received.length).toBe(sentBefore);
    expect(writer.closes).toEqual([]);

    // The others can apply what they got and see the writer's text.
    for (const socket of [other, reader]) {
      const relayed = socket.received.at(-1)! as { type: number; subtype: number; payload: Uint8Array };
      expect([relayed.type, relayed.subtype]).toEqual([MessageType.Sync, SyncMessageType.Update]);
      const peer = new Y.Doc();
      Y.applyUpdate(peer, seedState());
      Y.applyUpdate(peer, relayed.payload);
      expect(content(peer)).toBe('<paragraph>Hallo wereld</paragraph>');
    }
    expect(content(room.doc)).toBe('<paragraph>Hallo wereld</paragraph>');
  });

  it('sends the updates of one turn as one merged frame per connection', async () => {
    const room = setup();
    const first = join(room, LEAD);
    const second = join(room, LEAD_OTHER_TAB);
    const reader = join(room, READER);
    const a = client(room, 501);
    const b = client(room, 502);
    a.text().insert(0, 'A');
    b.text().insert(5, 'B');
    const counts = [first, second, reader].map((socket) => socket.received.length);

    room.receive(LEAD.id, updateFrame(a.updates[0]!));
    room.receive(LEAD_OTHER_TAB.id, updateFrame(b.updates[0]!));
    expect(storage.events.map((event) => event.kind)).toEqual(['append', 'append']);
    await endOfTurn();

    [first, second, reader].forEach((socket, index) => {
      const fresh = socket.received.slice(counts[index]);
      expect(fresh).toHaveLength(1);
      const peer = new Y.Doc();
      Y.applyUpdate(peer, seedState());
      Y.applyUpdate(peer, (fresh[0] as { payload: Uint8Array }).payload);
      expect(content(peer)).toBe('<paragraph>AHalloB</paragraph>');
    });
  });

  it('stores the update with the attribution of the connection and binds the new client ID', () => {
    const room = setup();
    join(room, LEAD);
    const editor = client(room, 501);
    editor.text().insert(5, ' wereld');
    room.receive(LEAD.id, updateFrame(editor.updates[0]!));

    const [appended] = storage.events;
    expect(appended).toMatchObject({
      kind: 'append',
      room: ROOM,
      newClientIds: [501],
      attribution: { userId: 'user-lead', entityId: 'fod-justitie', inserted: [[501, 0, 7]], deleted: [] },
    });
    expect([...storage.load(ROOM).owners].sort(([a], [b]) => a - b)).toEqual([
      [SYSTEM_CLIENT, 'system'],
      [501, 'user-lead'],
    ]);
  });

  it('answers a SaveCheck from a writer with Saved and the same nonce', () => {
    const room = setup();
    const writer = join(room, LEAD);
    const editor = client(room, 501);
    editor.text().insert(0, '> ');
    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    room.receive(LEAD.id, saveCheckFrame(300));
    expect(writer.received.at(-1)).toEqual({ type: MessageType.Saved, nonce: 300 });
    expect(storage.events).toHaveLength(1);
  });

  it("drops a reader's update: not stored, not applied, not broadcast", async () => {
    const room = setup();
    const writer = join(room, LEAD);
    const reader = join(room, READER);
    const stateBefore = Y.encodeStateVector(room.doc);
    const writerFrames = writer.received.length;
    const editor = client(room, 777);
    editor.text().insert(5, ' (gewijzigd)');

    room.receive(READER.id, updateFrame(editor.updates[0]!));
    await endOfTurn();

    expect(storage.events).toEqual([]);
    expect(Y.encodeStateVector(room.doc)).toEqual(stateBefore);
    expect(content(room.doc)).toBe('<paragraph>Hallo</paragraph>');
    expect(writer.received.length).toBe(writerFrames);
    expect(reader.closes).toEqual([]);
    expect(reader.received.every((received) => received.type === MessageType.ReadOnly)).toBe(true);
    expect(reader.received.length).toBeGreaterThanOrEqual(1);
  });

  it('answers a SaveCheck from a reader with ReadOnly, never Saved', () => {
    const room = setup();
    const reader = join(room, READER);
    reader.received.length = 0;
    room.receive(READER.id, saveCheckFrame(9));
    expect(reader.received).toEqual([{ type: MessageType.ReadOnly }]);
  });
});
