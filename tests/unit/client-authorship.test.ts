/**
 * "Who wrote what" in the editor: the visible structs of a main text mapped to ProseMirror
 * positions and looked up in authorship runs (a struct across several runs, text newer than the
 * answer, this browser's own typing), and passages shown where they were typed.
 */
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { initProseMirrorDoc, updateYFragment } from 'y-prosemirror';
import { authorshipSegments, firstRunFrom } from '../../client/attribution/authorshipSegments.js';
import { settleSegments } from '../../client/attribution/authorshipSettle.js';
import { visibleTextPieces } from '../../client/editor/authorshipPositions.js';
import type { AuthorshipRun } from '../../shared/api/attribution.js';
import { schema } from '../../shared/schema/schema.js';
import { describeSegments, FLEMISH, mainText, ME, MINUTE, nodes, ORIGINAL, p, runsOf, section, STRANGER, T0, textOf, WALLOON } from './client-authorshipFixtures.js';

describe('authorship runs mapped onto the editor', () => {
  it('attributes each visible piece, across runs, with newer text pending or one’s own', () => {
    const text = mainText(section('s1', 'Titel', p('Een zin.'), p('Tweede')));
    // The Flemish cabinet types "groene " then, a minute later, "en blauwe ": one struct, two runs.
    text.edit(FLEMISH, (f) => textOf(f, 1).insert(4, 'groene '));
    text.edit(FLEMISH, (f) => textOf(f, 1).insert(11, 'en blauwe '));
    text.edit(WALLOON, (f) => textOf(f, 2).delete(0, 3));
    const flemishStart = 0;
    const runs = runsOf(text.ydoc, (client) => {
      if (client === ORIGINAL) return [0, T0 - 60 * MINUTE, null];
      if (client === FLEMISH) return [1, T0, 1];
      return null;
    });
    // Split the Flemish struct's run where the second minute began, as the server would.
    const flemishRun = runs.find((run) => run[0] === FLEMISH)!;
    expect(flemishRun[2]).toBe(17);
    runs.splice(runs.indexOf(flemishRun), 1, [FLEMISH, flemishStart, 7, 1, T0, 1], [FLEMISH, flemishStart + 7, 10, 1, T0 + MINUTE, 1]);

    // After the answer: this browser types, and a stranger's edit arrives.
    text.edit(ME, (f) => textOf(f, 0).insert(5, ' nu'));
    text.edit(STRANGER, (f) => textOf(f, 2).insert(3, '!'));
    const doc = text.doc;
    const pieces = visibleTextPieces(text.fragment, doc);
    expect(pieces).not.toBeNull();
    const segments = authorshipSegments(pieces!, runs, ME);
    expect(describeSegments(doc, segments)).toEqual([
      'Titel|oorspronkelijke tekst+-60',
      ' nu|own',
      'Een |oorspronkelijke tekst+-60',
      'groene |Lotte Maes+0#1',
      'en blauwe |Lotte Maes+1#1',
      'zin.|oorspronkelijke tekst+-60',
      'ede|oorspronkelijke tekst+-60',
      '!|pending',
    ]);
  });

  it('shows the part of a struct typed after the answer as newer, whoever continued it', () => {
    const text = mainText(section('s1', 'Titel', p('abc')));
    text.edit(ME, (f) => textOf(f, 1).insert(3, 'de'));
    text.edit(FLEMISH, (f) => textOf(f, 1).insert(0, 'xy'));
    const runs = runsOf(text.ydoc, (client) => (client === ORIGINAL ? [0, T0, null] : client === ME ? [3, T0, null] : [1, T0, null]));
    // Both continue typing into their own structs (Yjs merges them): only the answer's clocks are known.
    text.edit(ME, (f) => textOf(f, 1).insert(7, 'f'));
    text.edit(FLEMISH, (f) => textOf(f, 1).insert(2, 'z'));
    const doc = text.doc;
    expect(doc.textBetween(0, doc.content.size, '/')).toBe('Titel/xyzabcdef');
    expect(describeSegments(doc, authorshipSegments(visibleTextPieces(text.fragment, doc)!, runs, ME))).toEqual([
      'Titel|oorspronkelijke tekst+0',
      'xy|Lotte Maes+0',
      'z|pending',
      'abc|oorspronkelijke tekst+0',
      'de|An Peeters+0',
      'f|own',
    ]);
  });

  it('counts hard breaks and formatting like ProseMirror does, and refuses trees that disagree', () => {
    const bold = schema.marks.strong!.create();
    const content = section('s1', 'T', nodes.paragraph!.create(null, [schema.text('ab'), nodes.hard_break!.create(), schema.text('cd', [bold]), schema.text('e')]));
    const text = mainText(content);
    const doc = text.doc;
    const pieces = visibleTextPieces(text.fragment, doc)!;
    expect(pieces.map((piece) => doc.textBetween(piece.from, piece.from + piece.length))).toEqual(['T', 'ab', 'cd', 'e']);
    text.edit(FLEMISH, (f) => textOf(f, 1).insert(0, 'zz'));
    expect(visibleTextPieces(text.fragment, doc)).toBeNull();
  });

  it('follows edits made through ProseMirror, as the editor writes them', () => {
    const text = mainText(section('s1', 'Titel', p('Een zin.')));
    const init = initProseMirrorDoc(text.fragment, schema);
    const tr = EditorState.create({ schema, doc: init.doc }).tr.insertText('korte ', 13);
    text.ydoc.clientID = ME;
    text.ydoc.transact(() => updateYFragment(text.ydoc, text.fragment, tr.doc, init.meta));
    const runs = runsOf(text.ydoc, (client) => (client === ORIGINAL ? [0, T0, null] : null));
    expect(describeSegments(tr.doc, authorshipSegments(visibleTextPieces(text.fragment, tr.doc)!, runs, ME))).toEqual([
      'Titel|oorspronkelijke tekst+0',
      'Een |oorspronkelijke tekst+0',
      'korte |own',
      'zin.|oorspronkelijke tekst+0',
    ]);
  });

  it('colours an insertion where it was typed, though y-prosemirror stored its first letter after the old one', () => {
    const text = mainText(section('s1', 'Titel', p('Clear-Hold'), p('de wet')));
    const init = initProseMirrorDoc(text.fragment, schema);
    let doc = init.doc;
    /** Types letter by letter, each written to Yjs as the editor does after every keystroke. */
    const type = (pos: number, letters: string) => {
      for (const [offset, letter] of [...letters].entries()) {
        doc = EditorState.create({ schema, doc }).tr.insertText(letter, pos + offset).doc;
        text.ydoc.transact(() => updateYFragment(text.ydoc, text.fragment, doc, init.meta));
      }
    };
    text.ydoc.clientID = FLEMISH;
    // "Cyber " before "Clear" (position 9 is the paragraph's start), then "wet de " before "wet".
    type(9, 'Cyber ');
    type(30, 'wet de ');
    expect(doc.textBetween(0, doc.content.size, '/')).toBe('Titel/Cyber Clear-Hold/de wet de wet');
    const tr = { doc };
    const runs = runsOf(text.ydoc, (client) => (client === ORIGINAL ? [0, T0, null] : [1, T0, 1]));
    const pieces = visibleTextPieces(text.fragment, tr.doc)!;
    const raw = authorshipSegments(pieces, runs, ME);
    expect(describeSegments(tr.doc, raw).slice(1, 4)).toEqual(['C|oorspronkelijke tekst+0', 'yber C|Lotte Maes+0#1', 'lear-Hold|oorspronkelijke tekst+0']);
    expect(describeSegments(tr.doc, settleSegments(raw, pieces, tr.doc))).toEqual([
      'Titel|oorspronkelijke tekst+0',
      'Cyber |Lotte Maes+0#1',
      'Clear-Hold|oorspronkelijke tekst+0',
      'de |oorspronkelijke tekst+0',
      'wet de |Lotte Maes+0#1',
      'wet|oorspronkelijke tekst+0',
    ]);
  });

  it('finds the first run from a clock by binary search', () => {
    const runs: AuthorshipRun[] = [
      [1, 0, 5, 0, T0, null],
      [1, 8, 2, 0, T0, null],
      [3, 0, 4, 1, T0, null],
    ];
    expect(firstRunFrom(runs, 1, 0)).toBe(0);
    expect(firstRunFrom(runs, 1, 4)).toBe(0);
    expect(firstRunFrom(runs, 1, 5)).toBe(1);
    expect(firstRunFrom(runs, 1, 9)).toBe(1);
    expect(firstRunFrom(runs, 1, 10)).toBe(2);
    expect(firstRunFrom(runs, 2, 0)).toBe(2);
    expect(firstRunFrom(runs, 3, 3)).toBe(2);
    expect(firstRunFrom(runs, 3, 4)).toBe(3);
    expect(firstRunFrom([], 1, 0)).toBe(0);
  });
});

