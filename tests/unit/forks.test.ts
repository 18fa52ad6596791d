/**
 * Amendment forks without a server: a fork room starts from its base and stores only what it adds;
 * each fork's changes are exactly its own while the main text moves; touching the same block overlaps.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { computeForkChanges } from '../../server/domain/amendments/forkChanges.js';
import { forkBase } from '../../server/domain/amendments/forkBase.js';
import { createLogger } from '../../server/logger.js';
import { buildDocumentState } from '../../server/seed/buildDocumentContent.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';
import { Room } from '../../server/sync/Room.js';
import { createMemoryRoomStorage } from '../utils/memoryRoomStorage.js';

const kiv = DOSSIER_2026_2029.documents.find((document) => document.id === 'kiv')!;
const logger = createLogger('error');

function mainText(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, buildDocumentState(kiv, 1));
  return doc;
}

/** The n-th XmlText of the document, in order. */
function textAt(doc: Y.Doc, n: number): Y.XmlText {
  const texts: Y.XmlText[] = [];
  const walk = (type: Y.XmlFragment | Y.XmlElement) => {
    for (const child of type.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment('prosemirror'));
  return texts[n]!;
}

/** A fork of `main` as it is now, with what it adds as one update after `edit`. */
function fork(main: Y.Doc, edit: (doc: Y.Doc) => void) {
  const baseSnapshot = Y.snapshot(main);
  const doc = Y.createDocFromSnapshot(main, baseSnapshot, new Y.Doc({ gc: false }));
  edit(doc);
  return { doc, baseSnapshot, ownUpdate: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(baseSnapshot.sv)) };
}

const changed = (segments: { text: string; change: string | null }[], kind: 'added' | 'removed') =>
  segments.filter((segment) => segment.change === kind).map((segment) => segment.text);

describe('amendment forks', () => {
  it('opens a fork room on its base and stores only what the fork adds', () => {
    const main = mainText();
    const snapshot = Y.snapshot(main);
    const baseBytes = Y.encodeStateAsUpdate(main).length;
    const storage = createMemoryRoomStorage();
    const room = new Room('amendment:x', { storage, logger, compactAfter: 1_000, base: forkBase(main, snapshot) });
    expect(textAt(room.doc, 2).toString()).toBe(textAt(main, 2).toString());

    const editor = new Y.Doc({ gc: false });
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(room.doc));
    const before = Y.encodeStateVector(editor);
    textAt(editor, 2).insert(0, 'Voorstel ');
    textAt(editor, 3).delete(0, 4);
    const update = Y.encodeStateAsUpdate(editor, before);
    expect(room.applyServerUpdate(update, { userId: 'kabinet', entityId: 'vlaanderen' })).toMatchObject({ ok: true, seq: 1 });
    // The same update again is nothing new: accepted, not stored twice.
    expect(room.applyServerUpdate(update, { userId: 'kabinet', entityId: 'vlaanderen' })).toMatchObject({ ok: true, seq: 0 });
    room.compact();
    const stored = storage.load('amendment:x');
    expect(stored.updates).toHaveLength(1);
    // The base (the whole KIV) is not in the fork's log: only a few hundred bytes of its own.
    expect(stored.bytes).toBeLessThan(baseBytes / 4);
    room.destroy();

    const reopened = new Room('amendment:x', { storage, logger, compactAfter: 1_000, base: forkBase(main, snapshot) });
    expect(textAt(reopened.doc, 2).toString()).toBe(`Voorstel ${textAt(main, 2).toString()}`);
    expect(textAt(reopened.doc, 3).toString()).toBe(textAt(main, 3).toString().slice(4));
    reopened.destroy();
  });

  it('refuses writes with the main text\'s client IDs inside a fork', () => {
    const main = mainText();
    const room = new Room('amendment:x', { storage: createMemoryRoomStorage(), logger, compactAfter: 1_000, base: forkBase(main, Y.snapshot(main)) });
    const forger = new Y.Doc({ gc: false });
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(room.doc));
    forger.clientID = 1;
    const before = Y.encodeStateVector(forger);
    textAt(forger, 2).insert(0, 'x');
    expect(room.applyServerUpdate(Y.encodeStateAsUpdate(forger, before), { userId: 'kabinet', entityId: 'vlaanderen' })).toMatchObject({ ok: false });
    room.destroy();
  });

  it("attributes a merge's deletions only for what it really removes, not its base's old ones", () => {
    const storage = createMemoryRoomStorage();
    const main = new Room('doc:kiv', { storage, logger, compactAfter: 1_000 });
    const lead = new Y.Doc({ gc: false });
    lead.clientID = 1;
    Y.applyUpdate(lead, buildDocumentState(kiv, 1));
    lead.clientID = 77;
    expect(main.applyServerUpdate(Y.encodeStateAsUpdate(lead), { userId: 'system', entityId: null })).toMatchObject({ ok: true });
    const before = Y.encodeStateVector(lead);
    textAt(lead, 4).delete(0, 6);
    expect(main.applyServerUpdate(Y.encodeStateAsUpdate(lead, before), { userId: 'system', entityId: null })).toMatchObject({ ok: true });

    const amendment = fork(main.doc, (doc) => {
      textAt(doc, 2).insert(0, 'Nieuw ');
      textAt(doc, 3).delete(0, 3);
    });
    expect(main.applyServerUpdate(amendment.ownUpdate, { userId: 'kabinet', entityId: 'vlaanderen', amendmentId: 'a' })).toMatchObject({ ok: true });
    const merged = storage.attributionOf('doc:kiv').at(-1)!;
    expect(merged).toMatchObject({ userId: 'kabinet', amendmentId: 'a' });
    expect(merged.deleted.reduce((sum, [, , length]) => sum + length, 0)).toBe(3);
    main.destroy();
  });

  it("shows each fork's own changes only, while the main text moves on", () => {
    const main = mainText();
    const original = textAt(main, 2).toString();
    const a = fork(main, (doc) => {
      textAt(doc, 2).insert(0, 'Nieuw ');
      textAt(doc, 2).delete(10, 5);
    });
    textAt(main, 5).insert(0, 'Elders ');
    const b = fork(main, (doc) => textAt(doc, 2).insert(3, 'XX'));
    const c = fork(main, (doc) => textAt(doc, 7).insert(0, 'Ver weg '));
    textAt(main, 2).insert(0, 'Hoofdtekst ');

    const result = computeForkChanges(main, [
      { id: 'a', entityId: 'vlaanderen', ...a },
      { id: 'b', entityId: 'wallonie', ...b },
      { id: 'c', entityId: 'wallonie', ...c },
    ]);
    const forA = result.get('a')!;
    expect(forA.changes).toHaveLength(1);
    expect(changed(forA.changes[0]!.segments, 'added')).toEqual(['Nieuw ']);
    expect(changed(forA.changes[0]!.segments, 'removed')).toEqual([original.slice(4, 9)]);
    expect(forA.changes[0]!.segments.map((s) => s.text).join('')).toContain('Hoofdtekst ');
    expect(forA.changes[0]!.segments.find((s) => s.change === 'added')!.entityId).toBe('vlaanderen');
    expect(forA).toMatchObject({ added: 6, removed: 5, mainChangedSince: true });
    expect(forA.changes[0]!.sectionId).toBe('kiv-1');

    const forB = result.get('b')!;
    expect(changed(forB.changes[0]!.segments, 'added')).toEqual(['XX']);
    expect(forB.changes[0]!.segments.map((s) => s.text).join('')).not.toContain('Nieuw');
    // a and b touch the same block, c another one.
    expect([...forA.touched]).toEqual([...forB.touched]);
    expect([...result.get('c')!.touched].some((key) => forA.touched.has(key))).toBe(false);
    expect(result.get('c')!.mainChangedSince).toBe(false);
    // Nothing of the forks leaked into the main text.
    expect(textAt(main, 2).toString()).toBe(`Hoofdtekst ${original}`);
  });

  it('shows an inserted paragraph whole, and a fork that changed nothing as no change', () => {
    const main = mainText();
    const withParagraph = fork(main, (doc) => {
      const section = doc.getXmlFragment('prosemirror').get(0) as Y.XmlElement;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Een nieuwe alinea.')]);
      section.insert(1, [paragraph]);
    });
    const untouched = fork(main, () => undefined);
    const result = computeForkChanges(main, [
      { id: 'p', entityId: 'vlaanderen', ...withParagraph },
      { id: 'u', entityId: 'vlaanderen', ...untouched },
    ]);
    expect(result.get('p')!.changes).toEqual([
      { sectionId: 'kiv-1', kind: 'paragraph', segments: [expect.objectContaining({ text: 'Een nieuwe alinea.', change: 'added' })] },
    ]);
    expect(result.get('u')!.changes).toEqual([]);
  });
});

describe('settled insertions', () => {
  it('marks "Cyber " typed before "Clear" as such, not as "yber C" after the first C', () => {
    const main = mainText();
    textAt(main, 2).delete(0, textAt(main, 2).length);
    textAt(main, 2).insert(0, 'Clear text');
    const typed = fork(main, (doc) => {
      // What y-prosemirror stores for typing "Cyber " at the start, key by key: each the smallest
      // diff, so the first "C" lands after the existing one and the rest before it.
      const text = textAt(doc, 2);
      text.insert(1, 'C');
      [...'yber '].forEach((char, index) => text.insert(1 + index, char));
    });
    const pasted = fork(main, (doc) => textAt(doc, 2).insert(1, 'lear C'));
    const result = computeForkChanges(main, [
      { id: 't', entityId: 'vlaanderen', ...typed },
      { id: 'p', entityId: 'vlaanderen', ...pasted },
    ]);
    expect(result.get('t')!.changes[0]!.segments.map((s) => [s.text, s.change])).toEqual([
      ['Cyber ', 'added'],
      ['Clear text', null],
    ]);
    // Typed in one go after the "C": nothing to settle.
    expect(result.get('p')!.changes[0]!.segments.map((s) => [s.text, s.change])).toEqual([
      ['C', null],
      ['lear C', 'added'],
      ['lear text', null],
    ]);
  });
});
