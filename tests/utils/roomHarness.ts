/**
 * A harness for driving one sync room (server/sync/Room.ts) frame by frame: fake sockets that record
 * what they receive, the in-memory storage, client docs with fixed IDs, and one ordered log of
 * storage and socket events, so a test can assert that an update is stored before it is sent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { createLogger } from '../../server/logger.js';
import { Room } from '../../server/sync/Room.js';
import type { ConnectionIdentity, RoomSocket, RoomStorage } from '../../server/sync/types.js';
import { MessageType } from '../../shared/protocol/messages.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';
import { createMemoryRoomStorage, type MemoryRoomStorage } from './memoryRoomStorage.js';

export const ROOM = 'doc:kiv';
export const SYSTEM_CLIENT = 1;

// ---- frames a client sends -------------------------------------------------------------------

export function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
export const updateFrame = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeUpdate(e, update);
  });
export const step1Frame = (doc: Y.Doc) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
export const saveCheckFrame = (nonce: number) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.SaveCheck);
    encoding.writeVarUint(e, nonce);
  });
export const awarenessFrame = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, update);
  });

// ---- frames a client receives ----------------------------------------------------------------

export type Received =
  | { type: typeof MessageType.Sync; subtype: number; payload: Uint8Array }
  | { type: typeof MessageType.Awareness; payload: Uint8Array }
  | { type: typeof MessageType.Saved; nonce: number }
  | { type: number };

export function parse(data: Uint8Array): Received {
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
export let events: string[];
export let storage: MemoryRoomStorage;
export let rooms: Room[];
export let awarenesses: Awareness[];

/** Frees every room and awareness the harness made; call it in afterEach. */
export function destroyRooms(): void {
  for (const room of rooms) room.destroy();
  for (const awareness of awarenesses) awareness.destroy();
}

export interface FakeSocket extends RoomSocket {
  received: Received[];
  closes: { code: number; reason: string }[];
}

export function fakeSocket(name: string): FakeSocket {
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

export function presence(userId: string, name: string, entityId: string | null): PresenceUser {
  return { id: userId, name, entityId, entityName: entityId, color: '#123456' };
}

export function identity(id: string, access: 'read' | 'write', userId: string, entityId: string | null = null): ConnectionIdentity {
  return { id, sessionId: `session-${id}`, userId, entityId, access, presence: presence(userId, `Name of ${userId}`, entityId) };
}

/** The seeded text every test starts from: one paragraph "Hallo", written by the system client. */
export function seedState(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = SYSTEM_CLIENT;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Hallo')]);
  doc.getXmlFragment('prosemirror').insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

export function setup(options: { storage?: RoomStorage; compactAfter?: number; seed?: boolean } = {}) {
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

export function openRoom(roomStorage: RoomStorage, compactAfter = 1000): Room {
  const room = new Room(ROOM, { storage: roomStorage, logger: createLogger('error', () => {}), compactAfter });
  rooms.push(room);
  return room;
}

/** A client editor: a Y.Doc with a fixed client ID that starts from what the room has. */
export function client(room: Room, clientId: number) {
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

export function content(doc: Y.Doc): string {
  return doc.getXmlFragment('prosemirror').toString();
}

/** Lets the room finish this event-loop turn: broadcasts and compaction run on setImmediate. */
export function endOfTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function join(room: Room, id: ConnectionIdentity): FakeSocket {
  const socket = fakeSocket(id.id);
  room.join(id, socket);
  return socket;
}

export const LEAD = identity('conn-lead', 'write', 'user-lead', 'fod-justitie');
export const LEAD_OTHER_TAB = identity('conn-lead-2', 'write', 'user-lead', 'fod-justitie');
export const READER = identity('conn-reader', 'read', 'user-reader', 'fod-binnenlandse-zaken');
