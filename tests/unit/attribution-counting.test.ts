/** Counting contributions: characters per entity and section from a Y.Doc, amendments, totals. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tallyCharacters } from '../../server/domain/attribution/characterTally.js';
import type { Attribution } from '../../server/domain/attribution/clockMap.js';
import { ContributionTally, tallyAmendments, totalsOf, zeroCounts, type AmendmentTallyFacts } from '../../server/domain/attribution/contributionTally.js';
import { emptyResolution, foldRows } from '../../server/domain/attribution/resolvedAttribution.js';
import { sectionFinder } from '../../server/domain/attribution/structWalk.js';

/** A section element with one paragraph, as y-prosemirror stores it; returns the paragraph's text. */
function addSection(fragment: Y.XmlFragment, id: string): Y.XmlText {
  const section = new Y.XmlElement('section');
  section.setAttribute('id', id);
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  section.insert(0, [paragraph]);
  fragment.insert(fragment.length, [section]);
  return text;
}

const noFork = (): never => {
  throw new Error('no amendment here');
};

describe('counting characters per entity and section', () => {
  it('counts inserted text where it lies, deleted or not, and deleted text for its first deleter', () => {
    const doc = new Y.Doc({ gc: false });
    const fragment = doc.getXmlFragment('prosemirror');
    doc.clientID = 1;
    const one = addSection(fragment, 's1');
    const two = addSection(fragment, 's2');
    const structure = Y.getState(doc.store, 1);
    one.insert(0, 'abcdef'); // client 1, original text
    doc.clientID = 2;
    two.insert(0, 'xyz'); // justitie
    doc.clientID = 3;
    one.insert(6, 'ghij'); // vlaanderen
    two.insert(3, 'klm');
    doc.clientID = 2;
    one.delete(1, 2); // justitie deletes "bc" (original)
    doc.clientID = 3;
    two.delete(3, 3); // vlaanderen deletes its own "klm"

    const resolved = emptyResolution();
    const row = (seq: number, userId: string, entityId: string | null, inserted: [number, number, number][], deleted: [number, number, number][] = []) => ({
      seq,
      userId,
      entityId,
      at: seq,
      inserted,
      deleted,
      amendmentId: null,
    });
    foldRows(
      resolved,
      [
        row(1, 'system', null, [[1, 0, structure + 6]]),
        row(2, 'lead', 'justitie', [[2, 0, 3]]),
        row(3, 'kabinet', 'vlaanderen', [[3, 0, 7]]),
        row(4, 'lead', 'justitie', [], [[1, structure + 1, 2]]),
        row(5, 'kabinet', 'vlaanderen', [], [[3, 4, 3]]),
        // A reconnecting client resends the delete set: counted once, for whoever deleted first.
        row(6, 'kabinet', 'vlaanderen', [], [[1, structure + 1, 2], [3, 4, 3]]),
      ],
      noFork,
    );
    // Every clock is in the log here: no fallback.
    const cells = tallyCharacters(doc, resolved, () => null)
      .cells()
      .map(({ entityId, sectionId, added, removed }) => [entityId, sectionId, added, removed]);
    expect(cells).toEqual(
      expect.arrayContaining([
        [null, 's1', 6, 0],
        ['justitie', 's2', 3, 0],
        ['justitie', 's1', 0, 2],
        ['vlaanderen', 's1', 4, 0],
        ['vlaanderen', 's2', 3, 3],
      ]),
    );
    expect(cells).toHaveLength(5);
  });

  it('gives clocks no row lists to the client\'s owner (the seeded text)', () => {
    const doc = new Y.Doc({ gc: false });
    doc.clientID = 1;
    addSection(doc.getXmlFragment('prosemirror'), 's1').insert(0, 'seed');
    const system: Attribution = { userId: 'system', entityId: null, at: 0, amendmentId: null };
    const cells = tallyCharacters(doc, emptyResolution(), (client) => (client === 1 ? system : null)).cells();
    expect(cells).toEqual([{ entityId: null, sectionId: 's1', ...zeroCounts(), added: 4 }]);
  });

  it('finds the section of text in a deleted section too', () => {
    const doc = new Y.Doc({ gc: false });
    const fragment = doc.getXmlFragment('prosemirror');
    const text = addSection(fragment, 'gone');
    text.insert(0, 'text');
    const loose = new Y.XmlText();
    fragment.insert(1, [loose]);
    loose.insert(0, 'outside');
    fragment.delete(0, 1);
    const sectionOf = sectionFinder();
    const structs = doc.store.clients.get(doc.clientID)!;
    const ofText = (wanted: string) => {
      const struct = structs.find((s) => s instanceof Y.Item && s.content instanceof Y.ContentString && s.content.str === wanted)!;
      return sectionOf(struct);
    };
    expect(ofText('text')).toBe('gone');
    expect(ofText('outside')).toBeNull();
  });
});

describe('counting amendments', () => {
  const amendment = (entityId: string, sectionId: string | null, status: AmendmentTallyFacts['status'], submitted = true): AmendmentTallyFacts => ({
    entityId,
    sectionId,
    status,
    submittedAt: submitted ? 1 : null,
  });

  it('counts submitted amendments by what became of them, never drafts', () => {
    const tally = new ContributionTally();
    tallyAmendments(tally, [
      amendment('vl', 's1', 'submitted'),
      amendment('vl', 's1', 'accepted'),
      amendment('vl', 's1', 'accepted_modified'),
      amendment('vl', 's2', 'rejected'),
      amendment('vl', 's2', 'withdrawn'),
      amendment('wa', 's1', 'draft', false),
      amendment('wa', 's1', 'withdrawn', false), // withdrawn while still a draft
      amendment('wa', null, 'draft', false),
    ]);
    const counts = (entityId: string, sectionId: string) =>
      tally.cells().find((c) => c.entityId === entityId && c.sectionId === sectionId);
    expect(counts('vl', 's1')).toMatchObject({ submitted: 3, accepted: 2, acceptedModified: 1, rejected: 0, withdrawn: 0 });
    expect(counts('vl', 's2')).toMatchObject({ submitted: 2, accepted: 0, rejected: 1, withdrawn: 1 });
    expect(tally.cells().some((c) => c.entityId === 'wa')).toBe(false);
  });

  it('sums cells per entity, per section and in all; a copy is independent', () => {
    const tally = new ContributionTally();
    tally.count('a', 's1', 'added', 10);
    tally.count('a', 's2', 'added', 5);
    tally.count('b', 's1', 'removed', 3);
    tally.count('b', 's1', 'submitted');
    tally.count('b', 's1', 'added', 0);
    const copy = tally.copy();
    copy.count('c', 's1', 'added', 100);
    const { byEntity, bySection, total } = totalsOf(tally.cells());
    expect(byEntity.get('a')).toMatchObject({ added: 15, removed: 0 });
    expect(byEntity.get('b')).toMatchObject({ added: 0, removed: 3, submitted: 1 });
    expect(bySection.get('s1')).toMatchObject({ added: 10, removed: 3, submitted: 1 });
    expect(bySection.get('s2')).toMatchObject({ added: 5 });
    expect(total).toEqual({ ...zeroCounts(), added: 15, removed: 3, submitted: 1 });
    expect(byEntity.has('c')).toBe(false);
  });
});
