/**
 * Helpers for tests of the update gate (server/sync/updateInspection.ts): client docs that record
 * their updates, the server's facts, and hand-written updates of shapes no honest client sends.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Inspection, RoomFacts } from '../../server/sync/updateInspection.js';

/** A Y.Doc with a fixed client ID that records the update of each of its transactions. */
export function recordingDoc(clientId: number) {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates, fragment: doc.getXmlFragment('prosemirror') };
}

/** The server side: what it has applied and who owns which client ID. */
export function server(applied: Uint8Array[] = [], owners: Record<number, string> = {}) {
  const doc = new Y.Doc({ gc: false });
  for (const update of applied) Y.applyUpdate(doc, update);
  const facts: RoomFacts = {
    stateOf: (client) => Y.getState(doc.store, client),
    ownerOf: (client) => owners[client],
    allowedRoots: new Set(['prosemirror']),
  };
  return { doc, facts };
}

/** A paragraph holding `text` at the end of the fragment, as its own transaction. */
export function addParagraph(fragment: Y.XmlFragment, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText(text);
  paragraph.insert(0, [content]);
  fragment.insert(fragment.length, [paragraph]);
  return content;
}

export function rejected(verdict: Inspection): { code: number } | null {
  return verdict.ok ? null : { code: verdict.code };
}

/**
 * Hand-written V1 updates, for shapes an honest Yjs client never sends. One block per entry:
 * [client, first clock, items]; each item is a ContentString with an origin or a parent ID.
 */
export type CraftedItem = { text: string; origin?: [number, number]; parent?: [number, number] };
export function craftUpdate(blocks: [client: number, clock: number, items: CraftedItem[]][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, blocks.length);
  for (const [client, clock, items] of blocks) {
    encoding.writeVarUint(e, items.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
    for (const item of items) {
      const CONTENT_STRING = 4;
      const HAS_ORIGIN = 0b1000_0000;
      encoding.writeUint8(e, CONTENT_STRING | (item.origin ? HAS_ORIGIN : 0));
      if (item.origin) {
        encoding.writeVarUint(e, item.origin[0]);
        encoding.writeVarUint(e, item.origin[1]);
      } else {
        if (!item.parent) throw new Error('an item needs an origin or a parent');
        encoding.writeVarUint(e, 0); // parent is an ID, not a root name
        encoding.writeVarUint(e, item.parent[0]);
        encoding.writeVarUint(e, item.parent[1]);
      }
      encoding.writeVarString(e, item.text);
    }
  }
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

/** The system's seeded text: client 7 writes a paragraph "Hallo" (clocks 0 element, 1 text, 2-6 letters). */
export function seededBase() {
  const author = recordingDoc(7);
  addParagraph(author.fragment, 'Hallo');
  return { ...author, base: author.updates[0]! };
}

/** Applies an update the way the room does and reports whether Yjs could integrate all of it. */
export function applyOutcome(applied: Uint8Array[], update: Uint8Array): 'applied' | 'pending' | 'threw' {
  const doc = new Y.Doc({ gc: false });
  for (const earlier of applied) Y.applyUpdate(doc, earlier);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return 'threw';
  }
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null ? 'pending' : 'applied';
}
