/**
 * One sync room (server/sync/Room.ts) driven frame by frame with fake sockets and the in-memory
 * storage: no network, no timers except the compaction's setImmediate.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createLogger } from '../../server/logger.js';
import { Room } from '../../server/sync/Room.js';
import type { ConnectionIdentity, RoomSocket, RoomStorage } from '../../server/sync/types.js';
import { CloseCode, closeReasons } from '../../shared/protocol/closeCodes.js';
import { MessageType, SyncMessageType } from '../../shared/protocol/messages.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';
import { createMemoryRoomStorage, type MemoryRoomStorage } from '../utils/memoryRoomStorage.js';

const ROOM = 'doc:kiv';
const SYSTEM_CLIENT = 1;

// ---- frames a client sends -------------------------------------------------------------------

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
const updateFrame = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeUpdate(e, update);
  });
const step1Frame = (doc: Y.Doc) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
const saveCheckFrame = (nonce: number) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.SaveCheck);
    encoding.writeVarUint(e, nonce);
  });
const awarenessFrame = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, update);
  });

// ---- frames a client receives ----------------------------------------------------------------

type Received =
  | { type: typeof MessageType.Sync; subtype: number; payload: Uint8Array }
  | { type: typeof MessageType.Awareness; payload: Uint8Array }
  | { type: typeof MessageType.Saved; nonce: number }
  | { type: number };

function parse(data: Uint8Array): Received {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  let parsed: Received;
  if (type === MessageType.Sync) {
    parsed = { type, subtype: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) };
  } else if (type === MessageType.Awareness) {
    parsed = { type, payload: decoding.readVarUint8Array(decoder) };
  } else if (type === MessageType.Saved) {
    parsed = { type, nonce: decoding.readVarUint(decoder) };
  } else {
    parsed = { type };
  }
  if (decoding.hasContent(decoder)) throw new Error(`trailing bytes in a frame of type ${type}`);
  return parsed;
}

// ---- the fixture -----------------------------------------------------------------------------

/** What happened, in order, across storage and sockets. */
let events: string[];
let storage: MemoryRoomStorage;
let rooms: Room[];
let awarenesses: Awareness[];

afterEach(() => {
  for (const room of rooms) room.destroy();
  for (const awareness of awarenesses) awareness.destroy();
});

interface FakeSocket extends RoomSocket {
  received: Received[];
  closes: { code: number; reason: string }[];
}

function fakeSocket(name: string): FakeSocket {
  const socket: FakeSocket = {
    received: [],
    closes: [],
    send(data) {
      const parsed = parse(data);
      socket.received.push(parsed);
      events.push(`send ${name} ${parsed.type}`);
    },
    close(code, reason) {
      socket.closes.push({ code, reason });
      events.push(`close ${name} ${code}`);
    },
  };
  return socket;
}

function presence(userId: string, name: string, entityId: string | null): PresenceUser {
  return { id: userId, name, entityId, entityName: entityId, color: '#123456' };
}

function identity(id: string, access: 'read' | 'write', userId: string, entityId: string | null = null): ConnectionIdentity {
  return { id, sessionId: `session-${id}`, userId, entityId, access, presence: presence(userId, `Name of ${userId}`, entityId) };
}

/** The seeded text every test starts from: one paragraph "Hallo", written by the system client. */
function seedState(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = SYSTEM_CLIENT;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Hallo')]);
  doc.getXmlFragment('prosemirror').insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

function setup(options: { storage?: RoomStorage; compactAfter?: number; seed?: boolean } = {}) {
  events = [];
  rooms = [];
  awarenesses = [];
  storage = createMemoryRoomStorage({ onEvent: (event) => events.push(`storage ${event.kind}`) });
  if (options.seed !== false) {
    storage.append(ROOM, seedState(), { userId: 'system', entityId: null, at: 0, inserted: [], deleted: [] }, [SYSTEM_CLIENT]);
  }
  events.length = 0;
  storage.events.length = 0;
  const room = openRoom(options.storage ?? storage, options.compactAfter ?? 1000);
  return room;
}

function openRoom(roomStorage: RoomStorage, compactAfter = 1000): Room {
  const room = new Room(ROOM, { storage: roomStorage, logger: createLogger('error', () => {}), compactAfter });
  rooms.push(room);
  return room;
}

/** A client editor: a Y.Doc with a fixed client ID that starts from what the room has. */
function client(room: Room, clientId: number) {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  // Set after loading: Yjs gives a doc a new client ID when a remote update already uses its own.
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') updates.push(update);
  });
  const text = () => ((doc.getXmlFragment('prosemirror').get(0) as Y.XmlElement).get(0) as Y.XmlText);
  return { doc, updates, text };
}

function content(doc: Y.Doc): string {
  return doc.getXmlFragment('prosemirror').toString();
}

/** Lets the room finish this event-loop turn: broadcasts and compaction run on setImmediate. */
function endOfTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function join(room: Room, id: ConnectionIdentity): FakeSocket {
  const socket = fakeSocket(id.id);
  room.join(id, socket);
  return socket;
}

const LEAD = identity('conn-lead', 'write', 'user-lead', 'fod-justitie');
const LEAD_OTHER_TAB = identity('conn-lead-2', 'write', 'user-lead', 'fod-justitie');
const READER = identity('conn-reader', 'read', 'user-reader', 'fod-binnenlandse-zaken');

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

  it("shows a client's presence to the others with the server's user", () => {
    const room = setup();
    join(room, LEAD);
    const other = join(room, READER);
    const doc = new Y.Doc();
    doc.clientID = 501;
    const mine = new Awareness(doc);
    awarenesses.push(mine);
    mine.setLocalState({ user: { name: 'Evil', id: 'user-admin' }, cursor: { anchor: 1, head: 2 } });

    room.receive(LEAD.id, awarenessFrame(encodeAwarenessUpdate(mine, [501])));

    const frames = other.received.filter((received) => received.type === MessageType.Awareness) as { payload: Uint8Array }[];
    expect(frames).toHaveLength(1);
    const observer = new Awareness(new Y.Doc());
    awarenesses.push(observer);
    applyAwarenessUpdate(observer, frames[0]!.payload, 'server');
    expect(observer.getStates().get(501)).toEqual({ user: LEAD.presence, cursor: { anchor: 1, head: 2 } });
  });

  it('removes a connection’s presence when it leaves', () => {
    const room = setup();
    join(room, LEAD);
    const other = join(room, READER);
    const doc = new Y.Doc();
    doc.clientID = 501;
    const mine = new Awareness(doc);
    awarenesses.push(mine);
    mine.setLocalState({ cursor: null });
    room.receive(LEAD.id, awarenessFrame(encodeAwarenessUpdate(mine, [501])));
    const observer = new Awareness(new Y.Doc());
    awarenesses.push(observer);
    for (const received of other.received) {
      if (received.type === MessageType.Awareness) applyAwarenessUpdate(observer, (received as { payload: Uint8Array }).payload, 'server');
    }
    expect(observer.getStates().has(501)).toBe(true);

    room.leave(LEAD.id);
    const last = other.received.at(-1) as { type: number; payload: Uint8Array };
    expect(last.type).toBe(MessageType.Awareness);
    applyAwarenessUpdate(observer, last.payload, 'server');
    expect(observer.getStates().has(501)).toBe(false);
    expect(room.size).toBe(1);
  });

  it('closes the writer with StorageFailure and leaves the document unchanged when storing fails', async () => {
    events = [];
    const failing: RoomStorage = {
      load: () => ({ updates: [seedState()], updatesSinceSnapshot: 1, bytes: 0, owners: new Map([[SYSTEM_CLIENT, 'system']]) }),
      append: () => {
        throw new Error('disk full');
      },
      compact: () => {
        throw new Error('disk full');
      },
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
});
