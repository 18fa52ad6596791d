/**
 * "Who wrote what" drawn: decorations coloured by entity class with their passage's source, the
 * legend, and the time a whole pass takes on a seed-sized text after many edits by several hands.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildLegend } from '../../client/attribution/authorshipLegend.js';
import { authorshipSegments } from '../../client/attribution/authorshipSegments.js';
import { settleSegments } from '../../client/attribution/authorshipSettle.js';
import { authorshipDecorations, segmentClass, sourceAt } from '../../client/editor/authorshipPlugin.js';
import { visibleTextPieces } from '../../client/editor/authorshipPositions.js';
import { buildDocumentContent } from '../../server/seed/buildDocumentContent.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';
import { prng } from '../utils/prng.js';
import { answer, FLEMISH, mainText, me, ME, MINUTE, nodes, ORIGINAL, p, runsOf, section, STRANGER, T0, textOf, WALLOON } from './client-authorshipFixtures.js';

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

/** The seed's KIV (3,700 characters) repeated, with fresh section ids, up to `characters`. */
function seedTextOf(characters: number): PMNode {
  const kiv = DOSSIER_2026_2029.documents.find((d) => d.id === 'kiv')!;
  const sections: PMNode[] = [];
  let length = 0;
  for (let copy = 0; length < characters; copy++) {
    buildDocumentContent(kiv).forEach((node) => {
      sections.push(node.type.create({ ...node.attrs, id: `${String(node.attrs.id)}-${copy}` }, node.content));
      length += node.textContent.length;
    });
  }
  return nodes.doc!.create(null, sections);
}

describe('a pass over a seed-sized text', () => {
  it('maps, attributes and decorates a 20,000-character text after 400 edits by eight hands in a few ms', () => {
    const text = mainText(seedTextOf(20_000));
    const random = prng(7);
    const clients = [100, 101, 102, 103, 104, 105, 106, 107];
    const blocks = [...text.fragment.createTreeWalker((type) => type instanceof Y.XmlText)] as Y.XmlText[];
    for (let edit = 0; edit < 400; edit++) {
      const client = clients[edit % clients.length]!;
      const target = blocks[Math.floor(random() * blocks.length)]!;
      const at = Math.floor(random() * (target.length + 1));
      if (random() < 0.25 && target.length > 6) text.edit(client, () => target.delete(Math.min(at, target.length - 5), 4));
      else text.edit(client, () => target.insert(at, random() < 0.5 ? 'nieuw ' : 'woord, '));
    }
    const runs = runsOf(text.ydoc, (client, clock) => [client === ORIGINAL ? 0 : 1 + (client % 3), T0 + (clock % 5) * MINUTE, client % 2 === 0 ? 1 : null]);
    const authorship = answer(runs);
    const doc = text.doc;
    expect(doc.textContent.length).toBeGreaterThan(20_000);

    const pass = () => {
      const pieces = visibleTextPieces(text.fragment, doc)!;
      const segments = settleSegments(authorshipSegments(pieces, runs, ME), pieces, doc);
      authorshipDecorations(doc, segments, authorship, me);
      buildLegend(segments, authorship, me);
      return segments.length;
    };
    for (let warm = 0; warm < 5; warm++) pass();
    const times: number[] = [];
    let segments = 0;
    for (let round = 0; round < 20; round++) {
      const started = performance.now();
      segments = pass();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`authorship pass over ${doc.textContent.length} characters, ${runs.length} runs, ${segments} passages: median ${median.toFixed(2)} ms`);
    expect(segments).toBeGreaterThan(400);
    // Half a frame: the plugin recomputes after every change.
    expect(median).toBeLessThan(8);
  });
});
