/**
 * "Who wrote what" drawn: decorations coloured by entity class with their passage's source, the
 * legend, and a whole pass over a seed-sized text after many edits by several hands.
 */
import { describe, expect, it } from 'vitest';
import { buildLegend } from '../../client/attribution/authorshipLegend.js';
import { authorshipSegments } from '../../client/attribution/authorshipSegments.js';
import { settleSegments } from '../../client/attribution/authorshipSettle.js';
import { authorshipDecorations, segmentClass, sourceAt } from '../../client/editor/authorshipPlugin.js';
import { visibleTextPieces } from '../../client/editor/authorshipPositions.js';
import { answer, FLEMISH, mainText, me, ME, ORIGINAL, p, runsOf, section, seedSizedAuthoredText, STRANGER, T0, textOf, WALLOON } from './client-authorshipFixtures.js';

describe('decorations and legend', () => {
  const text = mainText(section('s1', 'Titel', p('Een zin.'), p('Tweede')));
  text.edit(FLEMISH, (f) => textOf(f, 1).insert(4, 'groene '));
  text.edit(WALLOON, (f) => textOf(f, 2).insert(0, 'Nog een '));
  const runs = runsOf(text.ydoc, (client) => (client === ORIGINAL ? [0, T0, null] : client === FLEMISH ? [1, T0, 1] : client === WALLOON ? [2, T0, null] : null));
  text.edit(ME, (f) => textOf(f, 2).insert(0, 'X'));
  text.edit(STRANGER, (f) => textOf(f, 0).insert(0, '?'));
  const doc = text.doc;
  const segments = authorshipSegments(visibleTextPieces(text.fragment, doc)!, runs, ME);
  const authorship = answer(runs);

  it('colours entities by class (a sub-entity by its parent’s colour) and leaves original text plain', () => {
    const described = segments.map((segment) => `${doc.textBetween(segment.from, segment.to)}=${segmentClass(segment, authorship, me)}`);
    expect(described).toEqual([
      '?=authorship authorship-pending',
      'Titel=authorship authorship-original',
      'Een =authorship authorship-original',
      'groene =authorship authorship-entity entity-vlaanderen',
      'zin.=authorship authorship-original',
      'X=authorship authorship-entity entity-fod-justitie',
      'Nog een =authorship authorship-entity entity-wallonie',
      'Tweede=authorship authorship-original',
    ]);
    // One decoration per passage, carrying its source for the card.
    const decorations = authorshipDecorations(doc, segments, authorship, me).find();
    expect(decorations.map((d) => [d.from, d.to, d.spec.source])).toEqual(segments.map((s) => [s.from, s.to, s.source]));
  });

  it('finds the passage at a position: the character after it, else the one before', () => {
    const decorations = authorshipDecorations(doc, segments, authorship, me);
    const start = segments.find((s) => doc.textBetween(s.from, s.to) === 'groene ')!;
    expect(sourceAt(decorations, start.from)).toEqual({ kind: 'written', author: 1, at: T0, amendment: 1 });
    expect(sourceAt(decorations, start.to)).toMatchObject({ author: 0 });
    expect(sourceAt(decorations, start.to - 1)).toMatchObject({ author: 1 });
    expect(sourceAt(authorshipDecorations(doc, [], authorship, me), start.from)).toBeNull();
  });

  it('lists the entities present by characters, then original and pending text', () => {
    expect(buildLegend(segments, authorship, me)).toEqual([
      { key: 'entity:wallonie-kabinet', kind: 'entity', label: 'Cabinet wallon', colorClass: 'entity-wallonie', characters: 8 },
      { key: 'entity:vlaanderen', kind: 'entity', label: 'Vlaamse Regering', colorClass: 'entity-vlaanderen', characters: 7 },
      { key: 'entity:fod-justitie', kind: 'entity', label: 'FOD Justitie', colorClass: 'entity-fod-justitie', characters: 1 },
      { key: 'original', kind: 'original', label: '', colorClass: null, characters: 'TitelEen zin.Tweede'.length },
      { key: 'pending', kind: 'pending', label: '', colorClass: null, characters: 1 },
    ]);
  });

  it('joins the user’s own new text to the entity’s line once the answer knows it', () => {
    const later = runsOf(text.ydoc, (client) => (client === ME ? [3, T0, null] : client === ORIGINAL ? [0, T0, null] : null));
    const legend = buildLegend(authorshipSegments(visibleTextPieces(text.fragment, doc)!, later, ME), answer(later), me);
    expect(legend.find((entry) => entry.key === 'entity:fod-justitie')?.characters).toBe(1);
  });
});

describe('a pass over a seed-sized text', () => {
  // How long a pass takes is measured by `npm run bench -- --scenario=authorship-pass`, not here.
  it('maps, attributes and decorates a 20,000-character text after 400 edits by eight hands', () => {
    const { text, runs, authorship } = seedSizedAuthoredText();
    const doc = text.doc;
    expect(doc.textContent.length).toBeGreaterThan(20_000);
    const pieces = visibleTextPieces(text.fragment, doc)!;
    const segments = settleSegments(authorshipSegments(pieces, runs, ME), pieces, doc);
    const decorations = authorshipDecorations(doc, segments, authorship, me).find();
    const legend = buildLegend(segments, authorship, me);
    expect(segments.length).toBeGreaterThan(400);
    // Every passage is decorated once, and the legend accounts for every visible character.
    expect(decorations).toHaveLength(segments.length);
    expect(legend.reduce((sum, entry) => sum + entry.characters, 0)).toBe(segments.reduce((sum, s) => sum + (s.to - s.from), 0));
  });
});
