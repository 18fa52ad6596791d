/** Presence in a room: the server states who a cursor belongs to, and removes it when its connection leaves. */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MessageType } from '../../shared/protocol/messages.js';
import { destroyRooms, awarenessFrame, awarenesses, setup, join, LEAD, READER } from '../utils/roomHarness.js';

afterEach(destroyRooms);

describe('Room', () => {
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
});
