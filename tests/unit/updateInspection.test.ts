/** The gate in front of every stored update (server/sync/updateInspection.ts): what it accepts and refuses. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from '../../server/sync/updateInspection.js';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { recordingDoc, server, addParagraph, rejected } from '../utils/yjsUpdates.js';

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
