/** A room's gate: bad frames, forged client IDs and updates Yjs could not integrate close one connection and change nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode, closeReasons } from '../../shared/protocol/closeCodes.js';
import { MessageType } from '../../shared/protocol/messages.js';
import { destroyRooms, SYSTEM_CLIENT, frame, updateFrame, step1Frame, storage, setup, openRoom, client, content, endOfTurn, join, identity, LEAD, LEAD_OTHER_TAB, READER, type Received } from '../utils/roomHarness.js';

afterEach(destroyRooms);

describe('Room', () => {
  it.each([
    ['an unknown type', 42],
    ['the auth message, which clients may not send', MessageType.Auth],
    ['a server-only type', MessageType.Saved],
  ])('closes a connection that sends %s and changes nothing', async (_name, type) => {
    const room = setup();
    const writer = join(room, LEAD);
    const other = join(room, LEAD_OTHER_TAB);
    const stateBefore = Y.encodeStateVector(room.doc);
    const otherFrames = other.received.length;

    room.receive(LEAD.id, frame((e) => encoding.writeVarUint(e, type)));
    await endOfTurn();

    expect(writer.closes).toEqual([{ code: CloseCode.UnknownMessageType, reason: closeReasons[CloseCode.UnknownMessageType] }]);
    expect(room.size).toBe(1);
    expect(storage.events).toEqual([]);
    expect(Y.encodeStateVector(room.doc)).toEqual(stateBefore);
    expect(other.received.length).toBe(otherFrames);
    expect(other.closes).toEqual([]);
  });

  it('ignores frames from a connection after it was closed', () => {
    const room = setup();
    const writer = join(room, LEAD);
    room.receive(LEAD.id, frame((e) => encoding.writeVarUint(e, 42)));
    const editor = client(room, 501);
    editor.text().insert(0, 'x');
    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    expect(storage.events).toEqual([]);
    expect(writer.closes).toHaveLength(1);
  });

  it.each([
    ['truncated', (valid: Uint8Array) => valid.slice(0, valid.length - 3)],
    ['with trailing bytes', (valid: Uint8Array) => new Uint8Array([...valid, 0])],
  ])('closes a connection that sends a %s update frame as malformed', (_name, mangle) => {
    const room = setup();
    const writer = join(room, LEAD);
    const editor = client(room, 501);
    editor.text().insert(0, 'x');
    room.receive(LEAD.id, mangle(updateFrame(editor.updates[0]!)));
    expect(writer.closes.map((close) => close.code)).toEqual([CloseCode.MalformedFrame]);
    expect(storage.events).toEqual([]);
    expect(content(room.doc)).toBe('<paragraph>Hallo</paragraph>');
  });

  it("closes a writer that uses another user's client ID", () => {
    const room = setup();
    const writer = join(room, LEAD);
    const editor = client(room, SYSTEM_CLIENT); // bound to the system user
    editor.text().insert(0, 'x');
    room.receive(LEAD.id, updateFrame(editor.updates[0]!));
    expect(writer.closes.map((close) => close.code)).toEqual([CloseCode.ForgedClientId]);
    expect(storage.events).toEqual([]);
  });

  // Regression (see updateInspection.test.ts): an item whose origin is a later item of its own update
  // used to pass inspection, be stored, and then make Y.applyUpdate throw on every later load.
  it('does not store an update Yjs cannot apply: the room still loads afterwards', () => {
    const room = setup();
    const writer = join(room, LEAD);
    // Client 8, two string items: the first names the second (8:1) as its origin.
    const poisoned = frame((e) => {
      encoding.writeVarUint(e, 1); // one client block
      encoding.writeVarUint(e, 2); // two structs
      encoding.writeVarUint(e, 8); // client
      encoding.writeVarUint(e, 0); // first clock
      for (const [originClient, originClock, text] of [[8, 1, 'a'], [SYSTEM_CLIENT, 6, 'b']] as const) {
        encoding.writeUint8(e, 4 | 0b1000_0000); // ContentString with an origin
        encoding.writeVarUint(e, originClient);
        encoding.writeVarUint(e, originClock);
        encoding.writeVarString(e, text);
      }
      encoding.writeVarUint(e, 0); // no deletions
    });

    room.receive(LEAD.id, updateFrame(poisoned));

    expect(writer.closes.map((close) => close.code)).toEqual([CloseCode.MissingDependencies]);
    expect(() => openRoom(storage)).not.toThrow();
    expect(storage.events).toEqual([]);
  });

  it("never relays another user's client ID with other content, even merged in one turn", async () => {
    const room = setup();
    const OTHER_WRITER = identity('conn-other', 'write', 'user-other', 'fod-justitie');
    join(room, LEAD);
    join(room, OTHER_WRITER);
    const reader = join(room, READER);
    const start = Y.encodeStateAsUpdate(room.doc);
    const alice = client(room, 1000);
    alice.text().insert(5, 'hello');
    // Bob writes the same clocks of Alice's client ID with other text, plus one character of his own.
    const bob = client(room, 1000);
    bob.text().insert(5, 'PWNED');
    bob.doc.clientID = 2000;
    bob.text().insert(0, 'x');
    const bobUpdate = Y.mergeUpdates(bob.updates);

    room.receive(LEAD.id, updateFrame(alice.updates[0]!));
    room.receive(OTHER_WRITER.id, updateFrame(bobUpdate));
    await endOfTurn();

    const seenByReader = new Y.Doc({ gc: false });
    Y.applyUpdate(seenByReader, start);
    for (const received of reader.received as Received[]) {
      if ('payload' in received && received.type === MessageType.Sync) Y.applyUpdate(seenByReader, received.payload);
    }
    expect(content(room.doc)).toContain('hello');
    expect(content(seenByReader)).toBe(content(room.doc));
    expect(content(seenByReader)).not.toContain('PWNED');
  });

  it('closes a connection that asks for the whole state over and over', () => {
    const room = setup();
    const reader = join(room, READER);
    const asker = client(room, 700);
    for (let i = 0; i < 10 && reader.closes.length === 0; i++) room.receive(READER.id, step1Frame(asker.doc));
    expect(reader.closes.map((close) => close.code)).toEqual([CloseCode.TooManyMessages]);
  });
});
