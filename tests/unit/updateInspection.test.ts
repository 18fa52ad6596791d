/** The gate in front of every stored update (server/sync/updateInspection.ts), fed real Yjs updates. */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate, type Inspection, type RoomFacts } from '../../server/sync/updateInspection.js';
import { CloseCode } from '../../shared/protocol/closeCodes.js';

/** A Y.Doc with a fixed client ID that records the update of each of its transactions. */
function recordingDoc(clientId: number) {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates, fragment: doc.getXmlFragment('prosemirror') };
}

/** The server side: what it has applied and who owns which client ID. */
function server(applied: Uint8Array[] = [], owners: Record<number, string> = {}) {
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
function addParagraph(fragment: Y.XmlFragment, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText(text);
  paragraph.insert(0, [content]);
  fragment.insert(fragment.length, [paragraph]);
  return content;
}

function rejected(verdict: Inspection): { code: number } | null {
  return verdict.ok ? null : { code: verdict.code };
}

/**
 * Hand-written V1 updates, for shapes an honest Yjs client never sends. One block per entry:
 * [client, first clock, items]; each item is a ContentString with an origin or a parent ID.
 */
type CraftedItem = { text: string; origin?: [number, number]; parent?: [number, number] };
function craftUpdate(blocks: [client: number, clock: number, items: CraftedItem[]][]): Uint8Array {
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
function seededBase() {
  const author = recordingDoc(7);
  addParagraph(author.fragment, 'Hallo');
  return { ...author, base: author.updates[0]! };
}

/** Applies an update the way the room does and reports whether Yjs could integrate all of it. */
function applyOutcome(applied: Uint8Array[], update: Uint8Array): 'applied' | 'pending' | 'threw' {
  const doc = new Y.Doc({ gc: false });
  for (const earlier of applied) Y.applyUpdate(doc, earlier);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    return 'threw';
  }
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null ? 'pending' : 'applied';
}

describe('inspectUpdate: accepted updates', () => {
  it('accepts a fresh insert by an unbound client and binds the client', () => {
    const { fragment, updates } = recordingDoc(7);
    addParagraph(fragment, 'Hallo'); // element (1) + text (1) + "Hallo" (5) = clocks 0..6
    expect(inspectUpdate(updates[0]!, 'alice', server().facts)).toEqual({
      ok: true, carriesKnown: false,
      noop: false,
      inserted: [[7, 0, 7]],
      deleted: [],
      newClientIds: [7],
    });
  });

  it('accepts a further update of a client already bound to the same user', () => {
    const { fragment, updates } = recordingDoc(7);
    const text = addParagraph(fragment, 'Hallo');
    text.insert(5, ' wereld');
    expect(inspectUpdate(updates[1]!, 'alice', server([updates[0]!], { 7: 'alice' }).facts)).toEqual({
      ok: true, carriesKnown: false,
      noop: false,
      inserted: [[7, 7, 7]],
      deleted: [],
      newClientIds: [],
    });
  });

  it('counts only the part of a partly known update that is new', () => {
    const { doc, fragment, updates } = recordingDoc(7);
    addParagraph(fragment, 'Hallo');
    addParagraph(fragment, 'Dag');
    const verdict = inspectUpdate(Y.encodeStateAsUpdate(doc), 'alice', server([updates[0]!], { 7: 'alice' }).facts);
    expect(verdict).toEqual({ ok: true, carriesKnown: true, noop: false, inserted: [[7, 7, 5]], deleted: [], newClientIds: [] });
  });

  it('accepts an edit after another client’s text once the server has that text', () => {
    const a = recordingDoc(1);
    addParagraph(a.fragment, 'Hallo');
    const b = recordingDoc(2);
    Y.applyUpdate(b.doc, a.updates[0]!);
    ((b.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' wereld');
    const own = b.updates.at(-1)!;
    expect(inspectUpdate(own, 'bob', server([a.updates[0]!], { 1: 'alice' }).facts)).toEqual({
      ok: true, carriesKnown: false,
      noop: false,
      inserted: [[2, 0, 7]],
      deleted: [],
      newClientIds: [2],
    });
  });

  it('accepts a deletion of known content and reports the deleted range', () => {
    const { fragment, updates } = recordingDoc(7);
    const text = addParagraph(fragment, 'Hallo');
    text.delete(0, 1); // the "H" at clock 2
    expect(inspectUpdate(updates[1]!, 'alice', server([updates[0]!], { 7: 'alice' }).facts)).toEqual({
      ok: true, carriesKnown: false,
      noop: false,
      inserted: [],
      deleted: [[7, 2, 1]],
      newClientIds: [],
    });
  });

  it('lets one user delete what another user wrote', () => {
    const a = recordingDoc(1);
    addParagraph(a.fragment, 'Hallo');
    const b = recordingDoc(2);
    Y.applyUpdate(b.doc, a.updates[0]!);
    ((b.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(1, 3);
    const verdict = inspectUpdate(b.updates.at(-1)!, 'bob', server([a.updates[0]!], { 1: 'alice' }).facts);
    expect(verdict).toEqual({ ok: true, carriesKnown: false, noop: false, inserted: [], deleted: [[1, 3, 3]], newClientIds: [] });
  });

  it('calls a resend of known content a no-op, even from an unbound or foreign client', () => {
    const { fragment, updates } = recordingDoc(7);
    addParagraph(fragment, 'Hallo');
    const expected = { ok: true, carriesKnown: true, noop: true, inserted: [], deleted: [], newClientIds: [] };
    expect(inspectUpdate(updates[0]!, 'alice', server([updates[0]!]).facts)).toEqual(expected);
    expect(inspectUpdate(updates[0]!, 'mallory', server([updates[0]!], { 7: 'alice' }).facts)).toEqual(expected);
  });

  it('calls an empty update a no-op', () => {
    expect(inspectUpdate(Y.encodeStateAsUpdate(new Y.Doc()), 'alice', server().facts)).toEqual({
      ok: true, carriesKnown: false,
      noop: true,
      inserted: [],
      deleted: [],
      newClientIds: [],
    });
  });
});

describe('inspectUpdate: refused updates', () => {
  it("refuses an update written with another user's client ID", () => {
    const { fragment, updates } = recordingDoc(7);
    const text = addParagraph(fragment, 'Hallo');
    text.insert(5, '!');
    const facts = server([updates[0]!], { 7: 'alice' }).facts;
    expect(rejected(inspectUpdate(updates[1]!, 'mallory', facts))).toEqual({ code: CloseCode.ForgedClientId });
    expect(rejected(inspectUpdate(updates[0]!, 'mallory', server([], { 7: 'alice' }).facts))).toEqual({
      code: CloseCode.ForgedClientId,
    });
  });

  it('refuses an update that starts after a gap in its own client', () => {
    const { fragment, updates } = recordingDoc(7);
    addParagraph(fragment, 'Hallo');
    addParagraph(fragment, 'Dag');
    expect(rejected(inspectUpdate(updates[1]!, 'alice', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
  });

  it('refuses a merged update with a hole in the middle', () => {
    const { fragment, updates } = recordingDoc(7);
    addParagraph(fragment, 'Een');
    addParagraph(fragment, 'Twee');
    addParagraph(fragment, 'Drie');
    const withHole = Y.mergeUpdates([updates[0]!, updates[2]!]);
    expect(rejected(inspectUpdate(withHole, 'alice', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
    // With the middle known, the same bytes are fine.
    expect(inspectUpdate(withHole, 'alice', server([updates[0]!, updates[1]!]).facts)).toMatchObject({ ok: true, noop: false });
  });

  it("refuses an item whose left origin is another client's item the server never saw", () => {
    const a = recordingDoc(1);
    addParagraph(a.fragment, 'Hallo');
    const b = recordingDoc(2);
    Y.applyUpdate(b.doc, a.updates[0]!);
    ((b.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(5, ' wereld');
    expect(rejected(inspectUpdate(b.updates.at(-1)!, 'bob', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
  });

  it("refuses an item whose right origin is another client's unseen item", () => {
    const a = recordingDoc(1);
    addParagraph(a.fragment, 'Hallo');
    const b = recordingDoc(2);
    Y.applyUpdate(b.doc, a.updates[0]!);
    ((b.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, '¡');
    const own = b.updates.at(-1)!;
    const item = Y.decodeUpdate(own).structs[0] as Y.Item;
    expect([item.origin, item.rightOrigin?.client]).toEqual([null, 1]);
    expect(rejected(inspectUpdate(own, 'bob', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
  });

  it('refuses an item inside a type the server never saw', () => {
    const a = recordingDoc(1);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    a.fragment.insert(0, [paragraph]);
    const b = recordingDoc(2);
    Y.applyUpdate(b.doc, a.updates[0]!);
    ((b.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Hallo');
    const own = b.updates.at(-1)!;
    expect((Y.decodeUpdate(own).structs[0] as Y.Item).parent).toBeInstanceOf(Y.ID);
    expect(rejected(inspectUpdate(own, 'bob', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
    expect(inspectUpdate(own, 'bob', server([a.updates[0]!]).facts)).toMatchObject({ ok: true, inserted: [[2, 0, 5]] });
  });

  it('refuses a delete set that refers to clocks the server never saw', () => {
    const { fragment, updates } = recordingDoc(7);
    const text = addParagraph(fragment, 'Hallo');
    text.delete(0, 1);
    const deletion = updates[1]!;
    expect(Y.decodeUpdate(deletion).structs).toEqual([]);
    expect(rejected(inspectUpdate(deletion, 'alice', server().facts))).toEqual({ code: CloseCode.MissingDependencies });
  });

  it.each([
    ['a map', (doc: Y.Doc) => doc.getMap('secrets').set('k', 'v')],
    ['a text', (doc: Y.Doc) => doc.getText('notes').insert(0, 'x')],
    ['another fragment', (doc: Y.Doc) => doc.getXmlFragment('shadow').insert(0, [new Y.XmlText('x')])],
  ])('refuses a write to another root type than prosemirror: %s', (_name, write) => {
    const { doc, updates } = recordingDoc(7);
    write(doc);
    expect(rejected(inspectUpdate(updates[0]!, 'alice', server().facts))).toEqual({ code: CloseCode.MalformedFrame });
  });

  it.each([
    ['empty', new Uint8Array([])],
    ['one byte', new Uint8Array([0xff])],
    ['text', new TextEncoder().encode('hello, server')],
    ['huge client count', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f])],
    ['huge struct count', new Uint8Array([1, 0xff, 0xff, 0xff, 0xff, 0x0f, 7, 0])],
  ])('refuses garbage as malformed: %s', (_name, bytes) => {
    expect(rejected(inspectUpdate(bytes, 'alice', server().facts))).toEqual({ code: CloseCode.MalformedFrame });
  });

  it('refuses every truncation of a valid update without throwing', () => {
    const { doc, fragment } = recordingDoc(7);
    const text = addParagraph(fragment, 'Hallo wereld');
    text.format(0, 5, { strong: true });
    text.delete(5, 1);
    addParagraph(fragment, 'Tweede alinea');
    const update = Y.encodeStateAsUpdate(doc);
    for (let length = 0; length < update.length; length++) {
      const verdict = inspectUpdate(update.slice(0, length), 'alice', server().facts);
      expect(verdict.ok, `prefix of ${length} bytes`).toBe(false);
      expect([CloseCode.MalformedFrame, CloseCode.MissingDependencies]).toContain(rejected(verdict)!.code);
    }
  });
});

describe('inspectUpdate: hand-crafted updates Yjs cannot integrate', () => {
  it('applies what it accepts in the ordinary cases (guards the helper below)', () => {
    const { base } = seededBase();
    const after = craftUpdate([[8, 0, [{ text: '!', origin: [7, 6] }]]]);
    expect(inspectUpdate(after, 'bob', server([base], { 7: 'system' }).facts)).toMatchObject({ ok: true, inserted: [[8, 0, 1]] });
    expect(applyOutcome([base], after)).toBe('applied');
  });

  // Regression: the first version compared an origin with the update's own reach, so an item could name
  // a later item of its own client (or itself) as its origin. Yjs throws while integrating that, and
  // a stored copy made every later load of the room throw.
  it('refuses an item whose origin is a later item of the same update', () => {
    const { base } = seededBase();
    const forward = craftUpdate([[8, 0, [{ text: 'a', origin: [8, 1] }, { text: 'b', origin: [7, 6] }]]]);
    expect(applyOutcome([base], forward)).toBe('threw');
    expect(inspectUpdate(forward, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  it('refuses an item that is its own origin', () => {
    const { base } = seededBase();
    const self = craftUpdate([[8, 0, [{ text: 'a', origin: [8, 0] }]]]);
    expect(applyOutcome([base], self)).toBe('threw');
    expect(inspectUpdate(self, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  // Regression: two items of different clients that name each other as origin used to pass (each
  // "known" through the update's reach), but Yjs can integrate neither: they would stay pending for ever.
  it('refuses items of two clients that depend on each other', () => {
    const { base } = seededBase();
    const circular = craftUpdate([
      [9, 0, [{ text: 'a', origin: [8, 0] }]],
      [8, 0, [{ text: 'b', origin: [9, 0] }]],
    ]);
    expect(applyOutcome([base], circular)).toBe('pending');
    expect(inspectUpdate(circular, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  // Regression: Yjs keeps only the LAST block of a client (readClientsStructRefs: clientRefs.set(client, …)).
  // Two blocks [1..6] then [6..13] used to pass, yet Yjs drops the first and leaves the second pending
  // while the sender is told it is saved.
  it('refuses an update that repeats a client block', () => {
    const { fragment, updates } = recordingDoc(7);
    const text = new Y.XmlText();
    fragment.insert(0, [text]); // clock 0
    text.insert(0, 'Hallo'); // clocks 1..5
    text.insert(5, ' wereld'); // clocks 6..12
    // Each update here is [1 client][block][0 deletes]: splice the two blocks into one update.
    const block = (update: Uint8Array) => update.slice(1, -1);
    const repeated = new Uint8Array([2, ...block(updates[1]!), ...block(updates[2]!), 0]);
    expect(applyOutcome([updates[0]!], repeated)).toBe('pending');
    expect(inspectUpdate(repeated, 'alice', server([updates[0]!]).facts).ok).toBe(false);
  });
});

describe('inspectUpdate: seeded fuzzing', () => {
  /** mulberry32: small, seedable, good enough to pick bytes. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function corpus(): { valid: Uint8Array[]; base: Uint8Array } {
    const author = recordingDoc(7);
    const text = addParagraph(author.fragment, 'Hallo wereld');
    text.format(0, 5, { strong: true });
    text.delete(2, 3);
    text.insert(1, 'é€😀');
    const item = new Y.XmlElement('list_item');
    item.setAttribute('id', 'x');
    author.fragment.insert(1, [item]);
    const other = recordingDoc(8);
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(author.doc));
    ((other.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(3, 'tussen');
    return { valid: [...author.updates, Y.encodeStateAsUpdate(author.doc), ...other.updates], base: author.updates[0]! };
  }

  const SEED = 20260227;
  const RUNS = 2000;

  it(`never throws and never hangs on ${RUNS} mangled updates (seed ${SEED})`, () => {
    const rand = random(SEED);
    const pick = (n: number) => Math.floor(rand() * n);
    const { valid, base } = corpus();
    const facts = [server().facts, server([base], { 7: 'alice' }).facts];
    const allowedCodes: number[] = [CloseCode.MalformedFrame, CloseCode.MissingDependencies, CloseCode.ForgedClientId];
    const failures: string[] = [];
    let slowest = 0;

    for (let run = 0; run < RUNS; run++) {
      const source = valid[pick(valid.length)]!;
      let input: Uint8Array;
      switch (pick(5)) {
        case 0:
          input = Uint8Array.from({ length: pick(96) }, () => pick(256));
          break;
        case 1:
          input = source.slice(0, pick(source.length));
          break;
        case 2: {
          input = source.slice();
          for (let flips = 1 + pick(4); flips > 0; flips--) input[pick(input.length)]! ^= 1 << pick(8);
          break;
        }
        case 3: {
          const at = pick(source.length + 1);
          const noise = Uint8Array.from({ length: 1 + pick(8) }, () => pick(256));
          input = new Uint8Array([...source.slice(0, at), ...noise, ...source.slice(at)]);
          break;
        }
        default: {
          // Large varints where small ones were: lengths and counts that promise far more than there is.
          input = source.slice();
          input[pick(input.length)] = 0xff;
          input = new Uint8Array([...input.slice(0, 3), 0xff, 0xff, 0xff, 0x7f, ...input.slice(3)]);
        }
      }
      const started = performance.now();
      try {
        const verdict = inspectUpdate(input, 'alice', facts[run % 2]!);
        if (!verdict.ok && !allowedCodes.includes(verdict.code)) failures.push(`run ${run}: unexpected code ${verdict.code}`);
      } catch (error) {
        failures.push(`run ${run}: threw ${String(error)} on [${[...input].join(',')}]`);
      }
      slowest = Math.max(slowest, performance.now() - started);
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(slowest, `seed ${SEED}: slowest inspection in ms`).toBeLessThan(1000);
  });
});
