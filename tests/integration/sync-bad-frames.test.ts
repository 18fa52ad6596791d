/** Malformed, truncated, oversized and out-of-order frames close only their own connection and change nothing. */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { MAX_FRAME_BYTES } from '../../shared/protocol/limits.js';
import { MessageType } from '../../shared/protocol/messages.js';
import { signIn } from '../utils/http.js';
import { openRawSocket } from '../utils/rawSocket.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
let lead: string;
let bystander: SyncClient;

beforeAll(async () => {
  server = await startTestServer();
  lead = await signIn(server, 'lead@justitie.example');
  bystander = connectClient(server, 'doc:kiv', lead);
  await waitFor(() => bystander.provider.synced, 'bystander sync');
});
afterAll(async () => {
  bystander.destroy();
  await server.close();
});

const syncUpdate = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
};

/** A real update that inserts `text` into kiv-6, made on a copy of the server's state. */
const realUpdate = (text: string): Uint8Array => {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(bystander.doc));
  const before = Y.encodeStateVector(copy);
  sectionParagraphText(copy, 'kiv-6').insert(0, text);
  return Y.encodeStateAsUpdate(copy, before);
};

const stateOfServer = async (): Promise<string> =>
  (await fetch(`${server.url}/api/documents/kiv/text`, { headers: { cookie: lead } })).text();

async function expectRefused(frame: Uint8Array, code: number): Promise<void> {
  const before = await stateOfServer();
  const socket = openRawSocket(server, 'doc:kiv', { origin: server.origin, cookie: lead });
  await socket.opened;
  socket.send(frame);
  const closed = await socket.closed;
  expect(closed.code).toBe(code);
  expect(await stateOfServer()).toBe(before);
  // The server keeps serving everyone else.
  sectionParagraphText(bystander.doc, 'kiv-1').insert(0, '.');
  await bystander.saved();
}

describe('bad frames', () => {
  it('closes on random garbage', async () => {
    await expectRefused(new Uint8Array([0, 2, 50, 1, 2, 3, 255, 255, 255, 255]), CloseCode.MalformedFrame);
  });

  it('closes on a truncated update', async () => {
    const frame = syncUpdate(realUpdate('truncated text that never lands'));
    await expectRefused(frame.slice(0, frame.length - 7), CloseCode.MalformedFrame);
  });

  it('closes on an empty frame and on trailing bytes', async () => {
    await expectRefused(new Uint8Array([]), CloseCode.MalformedFrame);
    const frame = syncUpdate(realUpdate('with trailing bytes'));
    await expectRefused(new Uint8Array([...frame, 1, 2, 3]), CloseCode.MalformedFrame);
  });

  it('closes on unknown message types, including auth from a client', async () => {
    await expectRefused(new Uint8Array([42]), CloseCode.UnknownMessageType);
    await expectRefused(new Uint8Array([MessageType.Auth, 0]), CloseCode.UnknownMessageType);
    await expectRefused(new Uint8Array([MessageType.Sync, 7, 0]), CloseCode.UnknownMessageType);
  });

  it('closes on an update that depends on changes the server never saw', async () => {
    const copy = new Y.Doc({ gc: false });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(bystander.doc));
    const first = Y.encodeStateVector(copy);
    sectionParagraphText(copy, 'kiv-6').insert(0, 'first ');
    const second = Y.encodeStateVector(copy);
    sectionParagraphText(copy, 'kiv-6').insert(0, 'second ');
    expect(first).not.toEqual(second);
    await expectRefused(syncUpdate(Y.encodeStateAsUpdate(copy, second)), CloseCode.MissingDependencies);
  });

  it('closes on an oversized frame with 1009 and keeps serving', async () => {
    const before = await stateOfServer();
    const socket = openRawSocket(server, 'doc:kiv', { origin: server.origin, cookie: lead });
    await socket.opened;
    socket.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect((await socket.closed).code).toBe(1009);
    expect(await stateOfServer()).toBe(before);
    sectionParagraphText(bystander.doc, 'kiv-1').insert(0, '.');
    await bystander.saved();
  });

  it('closes a connection that floods messages', async () => {
    const socket = openRawSocket(server, 'doc:kiv', { origin: server.origin, cookie: lead });
    await socket.opened;
    const query = new Uint8Array([MessageType.QueryAwareness]);
    for (let i = 0; i < 2_000; i++) socket.send(query);
    expect((await socket.closed).code).toBe(CloseCode.TooManyMessages);
  });

  it('still accepts a well-formed update afterwards', async () => {
    sectionParagraphText(bystander.doc, 'kiv-6').insert(0, 'all is well ');
    await bystander.saved();
    expect(await stateOfServer()).toContain('all is well');
  });
});
