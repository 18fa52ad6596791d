/**
 * Amendment forks without a server: a fork room starts from its base and stores only what it adds;
 * each fork's changes are exactly its own while the main text moves; touching the same block overlaps.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { computeForkChanges } from '../../server/domain/amendments/forkChanges.js';
import { trimContext } from '../../server/domain/diff/blockDiff.js';
import { forkBase } from '../../server/domain/amendments/forkBase.js';
import { redactDeletedContent } from '../../server/domain/amendments/redactDraft.js';
import { createLogger } from '../../server/logger.js';
import { buildDocumentState } from '../../server/seed/buildDocumentContent.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';
import { Room } from '../../server/sync/Room.js';
import { createMemoryRoomStorage } from '../utils/memoryRoomStorage.js';
import { craftUpdate, seededBase } from '../utils/yjsUpdates.js';

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
    const room = new Room('amendment:x', { storage, logger, compactAfter: 1_000, base: forkBase(main, snapshot, () => false) });
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

    const reopened = new Room('amendment:x', { storage, logger, compactAfter: 1_000, base: forkBase(main, snapshot, () => false) });
    expect(textAt(reopened.doc, 2).toString()).toBe(`Voorstel ${textAt(main, 2).toString()}`);
    expect(textAt(reopened.doc, 3).toString()).toBe(textAt(main, 3).toString().slice(4));
    reopened.destroy();
  });

  it('refuses writes with the main text\'s client IDs inside a fork', () => {
    const main = mainText();
    const room = new Room('amendment:x', { storage: createMemoryRoomStorage(), logger, compactAfter: 1_000, base: forkBase(main, Y.snapshot(main), () => false) });
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

describe('what a room stores of an update that repeats known structs', () => {
  // Review finding: the raw update was stored, so a re-sent copy of known structs with other content
  // sat in the log, and a merge of the stored rows (an amendment's own changes) could let it win.
  it('stores only what was new, so the stored rows rebuild exactly what the room shows', () => {
    const storage = createMemoryRoomStorage();
    const { base } = seededBase();
    storage.append('amendment:x', base, { userId: 'system', entityId: null, at: 0, inserted: [[7, 0, 7]], deleted: [] }, [7]);
    const room = new Room('amendment:x', { storage, logger, compactAfter: 1_000 });
    const honest = craftUpdate([[8, 0, [{ text: 'abc', origin: [7, 6] }]]]);
    expect(room.applyServerUpdate(honest, { userId: 'kabinet', entityId: 'vlaanderen' })).toMatchObject({ ok: true });
    // Clocks 0-2 again with other text, and one new character.
    const forged = craftUpdate([[8, 0, [{ text: 'XYZ!', origin: [7, 6] }]]]);
    expect(room.applyServerUpdate(forged, { userId: 'kabinet', entityId: 'vlaanderen' })).toMatchObject({ ok: true });
    const shown = room.doc.getXmlFragment('prosemirror').toString();
    const rebuilt = new Y.Doc({ gc: false });
    Y.applyUpdate(rebuilt, Y.mergeUpdates(storage.load('amendment:x').updates));
    expect(rebuilt.getXmlFragment('prosemirror').toString()).toBe(shown);
    expect(shown).toContain('abc!');
    expect(shown).not.toContain('XYZ');
    // Nothing of the re-sent copy is stored, whichever way a merge of the rows would resolve it.
    for (const row of storage.load('amendment:x').updates) expect(Buffer.from(row).toString('latin1')).not.toContain('XYZ');
    room.destroy();
  });

  it('refuses a merge that repeats structs the main text has (a client ID used on both sides)', () => {
    const storage = createMemoryRoomStorage();
    const { base } = seededBase();
    storage.append('doc:kiv', base, { userId: 'system', entityId: null, at: 0, inserted: [[7, 0, 7]], deleted: [] }, [7]);
    const main = new Room('doc:kiv', { storage, logger, compactAfter: 1_000 });
    expect(main.applyServerUpdate(craftUpdate([[8, 0, [{ text: 'lead', origin: [7, 6] }]]]), { userId: 'lead', entityId: 'justitie' })).toMatchObject({ ok: true });
    const clash = craftUpdate([[8, 0, [{ text: 'fork!', origin: [7, 6] }]]]);
    expect(main.applyServerUpdate(clash, { userId: 'lead', entityId: 'justitie' }, { refuseKnown: true })).toMatchObject({ ok: false });
    expect(main.doc.getXmlFragment('prosemirror').toString()).not.toContain('fork');
    main.destroy();
  });
});

describe('a passage the main text deleted since', () => {
  it('still shows the fork\'s change, against the text it began from, and flags it', () => {
    const main = mainText();
    const paragraph = textAt(main, 2).parent as Y.XmlElement;
    const amendment = fork(main, (doc) => textAt(doc, 2).insert(0, 'Vlaams voorstel '));
    // The lead deletes the whole list item holding that paragraph.
    const item = paragraph.parent as Y.XmlElement;
    const list = item.parent as Y.XmlElement;
    list.delete(list.toArray().indexOf(item), 1);
    const result = computeForkChanges(main, [{ id: 'a', entityId: 'vlaanderen', ...amendment }]).get('a')!;
    expect(result.passageDeleted).toBe(true);
    expect(result.mainChangedSince).toBe(true);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ deletedInText: true });
    expect(changed(result.changes[0]!.segments, 'added')).toEqual(['Vlaams voorstel ']);
  });
});

describe('redacting what a draft typed and deleted', () => {
  it('drops the content of discarded words and elements, and the text reads the same', () => {
    const main = mainText();
    const amendment = fork(main, (doc) => {
      const text = textAt(doc, 2);
      text.insert(0, 'GEHEIM-INTERN ');
      text.delete(0, 'GEHEIM-INTERN '.length);
      text.insert(0, 'Cyber ');
      text.insert(3, 'VERTROUWELIJK');
      text.delete(3, 'VERTROUWELIJK'.length);
      text.delete(10, 4); // base text: its content is the main text's, kept
      const section = doc.getXmlFragment('prosemirror').get(0) as Y.XmlElement;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('ONTWERPNOTA die weg moet')]);
      section.insert(1, [paragraph]);
      section.delete(1, 1);
    });
    const redacted = redactDeletedContent(amendment.ownUpdate);
    const bytes = Buffer.from(redacted).toString('latin1');
    for (const secret of ['GEHEIM', 'VERTROUWELIJK', 'ONTWERPNOTA']) expect(bytes).not.toContain(secret);
    expect(bytes).toContain('Cyb');

    const original = Y.createDocFromSnapshot(main, amendment.baseSnapshot, new Y.Doc({ gc: false }));
    const clean = Y.createDocFromSnapshot(main, amendment.baseSnapshot, new Y.Doc({ gc: false }));
    Y.applyUpdate(original, amendment.ownUpdate);
    Y.applyUpdate(clean, redacted);
    expect(clean.store.pendingStructs).toBeNull();
    expect(clean.getXmlFragment('prosemirror').toString()).toBe(original.getXmlFragment('prosemirror').toString());
    expect(Y.encodeStateVector(clean)).toEqual(Y.encodeStateVector(original));
    // What a merge computes from it is the same change.
    const changes = computeForkChanges(main, [{ id: 'r', entityId: 'vlaanderen', baseSnapshot: amendment.baseSnapshot, ownUpdate: redacted }]);
    expect(changes.get('r')!.changes.flatMap((block) => block.segments).filter((s) => s.change === 'added').map((s) => s.text)).toEqual(['Cyber ']);
  });
});

describe('trimmed context in lists', () => {
  it('keeps every change and a few lines around it, and marks the cuts', () => {
    const long = 'x'.repeat(1_000);
    const [block] = trimContext(
      [{ sectionId: 'kiv-1', kind: 'paragraph', segments: [
        { text: `A${long}`, change: null },
        { text: 'nieuw', change: 'added' },
        { text: `${long}B${long}`, change: null },
        { text: 'weg', change: 'removed' },
        { text: `${long}Z`, change: null },
      ] }],
      10,
    );
    expect(block!.segments.map((s) => s.text)).toEqual(['…xxxxxxxxxx', 'nieuw', 'xxxxxxxxxx … xxxxxxxxxx', 'weg', 'xxxxxxxxxx…']);
  });
});
