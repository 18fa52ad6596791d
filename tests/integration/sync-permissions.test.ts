/** The server, not the client, decides who may read, write and appear in a room. */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { MessageType } from '../../shared/protocol/messages.js';
import type { PresenceState } from '../../shared/protocol/presence.js';
import { signIn } from '../utils/http.js';
import { openRawSocket } from '../utils/rawSocket.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
let lead: string;
let reader: string;

beforeAll(async () => {
  server = await startTestServer();
  lead = await signIn(server, 'lead@justitie.example');
  reader = await signIn(server, 'reader@binnenland.example');
});
afterAll(() => server.close());

const storedUpdates = (): number =>
  (server.services.db.prepare("SELECT count(*) AS n FROM room_updates WHERE room = 'doc:kiv'").get() as { n: number }).n;

describe('reading and writing', () => {
  it("drops a reader's writes: not applied, not broadcast, not stored", async () => {
    const writer = connectClient(server, 'doc:kiv', lead);
    const r = connectClient(server, 'doc:kiv', reader);
    try {
      await waitFor(() => writer.provider.synced && r.provider.synced, 'sync');
      await waitFor(() => r.readOnly(), 'ReadOnly notice');
      const storedBefore = storedUpdates();
      sectionParagraphText(r.doc, 'kiv-4').insert(0, 'READER WAS HERE ');
      // A writer's edit after the reader's acts as a barrier: once it arrives, the reader's would have too.
      sectionParagraphText(writer.doc, 'kiv-4').insert(0, 'lead edit ');
      await writer.saved();
      await waitFor(() => r.text().includes('lead edit'), 'lead edit relayed to reader');
      expect(writer.text()).not.toContain('READER WAS HERE');
      expect(storedUpdates()).toBe(storedBefore + 1);
      const text = await (await fetch(`${server.url}/api/documents/kiv/text`, { headers: { cookie: lead } })).text();
      expect(text).toContain('lead edit');
      expect(text).not.toContain('READER WAS HERE');
    } finally {
      writer.destroy();
      r.destroy();
    }
  });

  it("lets the NVP's lead read the KIV but not write it", async () => {
    const nvpLead = await signIn(server, 'lead@politie.example');
    const client = connectClient(server, 'doc:kiv', nvpLead);
    try {
      await waitFor(() => client.provider.synced && client.readOnly(), 'read-only sync');
    } finally {
      client.destroy();
    }
  });
});

describe('refusals on upgrade', () => {
  it('refuses a foreign Origin with a close code and sends no content', async () => {
    const socket = openRawSocket(server, 'doc:kiv', { cookie: lead, origin: 'https://evil.example' });
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.ForbiddenOrigin);
    expect(socket.received).toHaveLength(0);
  });

  it('refuses a missing Origin', async () => {
    const socket = openRawSocket(server, 'doc:kiv', { cookie: lead });
    expect((await socket.closed).code).toBe(CloseCode.ForbiddenOrigin);
    expect(socket.received).toHaveLength(0);
  });

  it('refuses a missing or forged session', async () => {
    for (const cookie of [undefined, 'akkoord_session=aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb']) {
      const socket = openRawSocket(server, 'doc:kiv', { origin: server.origin, ...(cookie ? { cookie } : {}) });
      expect((await socket.closed).code).toBe(CloseCode.Unauthenticated);
      expect(socket.received).toHaveLength(0);
    }
  });

  it('refuses unknown rooms', async () => {
    for (const room of ['doc:nope', 'amendment:1', 'kiv', 'doc:KIV']) {
      const socket = openRawSocket(server, room, { origin: server.origin, cookie: lead });
      expect((await socket.closed).code).toBe(CloseCode.UnknownRoom);
      expect(socket.received).toHaveLength(0);
    }
  });

  it('the y-websocket client stops retrying after a refusal', async () => {
    const client = connectClient(server, 'doc:kiv', null);
    try {
      await waitFor(() => client.closes.length > 0, 'close');
      expect(client.closes[0]!.code).toBe(CloseCode.Unauthenticated);
      await waitFor(() => client.provider.shouldConnect === false, 'provider gives up');
    } finally {
      client.destroy();
    }
  });
});

describe('client IDs and presence', () => {
  it("refuses an update carrying another user's client ID and stores nothing", async () => {
    // A second writer of the KIV: another lead of FOD Justitie.
    const hash = server.services.users.findByEmail('lead@justitie.example')!.passwordHash;
    server.services.users.create({ id: 'second-lead', email: 'lead2@justitie.example', name: 'Second Lead', entityId: 'fod-justitie', passwordHash: hash, role: 'lead' });
    const victim = connectClient(server, 'doc:kiv', lead);
    await waitFor(() => victim.provider.synced, 'sync');
    sectionParagraphText(victim.doc, 'kiv-5').insert(0, 'mine ');
    await victim.saved();
    const stolenClientId = victim.doc.clientID;

    const forger = connectClient(server, 'doc:kiv', await signIn(server, 'lead2@justitie.example'));
    try {
      await waitFor(() => forger.provider.synced, 'forger sync');
      const storedBefore = storedUpdates();
      // Write with the victim's client ID: a struct that continues the victim's clock.
      const forged = new Y.Doc({ gc: false });
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(victim.doc));
      forged.clientID = stolenClientId;
      const before = Y.encodeStateVector(forged);
      sectionParagraphText(forged, 'kiv-5').insert(0, 'FORGED ');
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.Sync);
      syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(forged, before));
      forger.provider.ws!.send(encoding.toUint8Array(encoder));
      await waitFor(() => forger.closes.length > 0, 'forger closed');
      expect(forger.closes[0]!.code).toBe(CloseCode.ForgedClientId);
      expect(storedUpdates()).toBe(storedBefore);
      await victim.saved();
      expect(victim.text()).not.toContain('FORGED');
    } finally {
      forger.destroy();
      victim.destroy();
    }
  });

  it('shows the real name when a client claims to be someone else', async () => {
    const spoofer = connectClient(server, 'doc:kiv', reader);
    const watcher = connectClient(server, 'doc:kiv', lead);
    try {
      await waitFor(() => spoofer.provider.synced || spoofer.provider.wsconnected, 'spoofer connected');
      spoofer.provider.awareness.setLocalState({
        user: { id: 'x', name: 'Minister', entityId: 'fod-justitie', entityName: 'FOD Justitie', color: '#000' },
        cursor: null,
      });
      await waitFor(() => watcher.provider.awareness.getStates().has(spoofer.doc.clientID), 'presence relayed');
      const seen = watcher.provider.awareness.getStates().get(spoofer.doc.clientID) as PresenceState;
      expect(seen.user.name).toBe('Jan De Smet');
      expect(seen.user.entityId).toBe('fod-binnenlandse-zaken');
      // And it cannot set or remove the watcher's presence.
      watcher.provider.awareness.setLocalState({ user: { name: 'x' }, cursor: null });
      await waitFor(() => spoofer.provider.awareness.getStates().has(watcher.doc.clientID), 'watcher presence');
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.Awareness);
      const fake = encoding.createEncoder();
      encoding.writeVarUint(fake, 1);
      encoding.writeVarUint(fake, watcher.doc.clientID);
      encoding.writeVarUint(fake, 999);
      encoding.writeVarString(fake, JSON.stringify({ user: { name: 'Hijacked' }, cursor: null }));
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(fake));
      spoofer.provider.ws!.send(encoding.toUint8Array(encoder));
      // Barrier: the spoofer's next own change reaches the watcher after anything the hijack caused.
      spoofer.provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
      await waitFor(() => {
        const state = watcher.provider.awareness.getStates().get(spoofer.doc.clientID) as PresenceState | undefined;
        return state?.cursor != null;
      }, 'barrier');
      const observer = connectClient(server, 'doc:kiv', lead);
      await waitFor(() => observer.provider.awareness.getStates().has(watcher.doc.clientID), 'observer sees watcher');
      const watcherSeenByServer = (observer.provider.awareness.getStates().get(watcher.doc.clientID) as PresenceState).user.name;
      observer.destroy();
      expect(watcherSeenByServer).toBe('Sofie Claes');
    } finally {
      spoofer.destroy();
      watcher.destroy();
    }
  });
});
