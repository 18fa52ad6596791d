/**
 * A package's items on its page (client/rounds/itemGroups.ts): grouped by document in the round's
 * order, by section with the whole document first and then the outline's order, oldest first;
 * which items would be submitted; which draft amendments may still join.
 */
import { describe, expect, it } from 'vitest';
import { groupItems, keptItemCount, offeredDrafts } from '../../client/rounds/itemGroups.js';
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { ContributionItem } from '../../shared/api/contributions.js';

let clock = 1_000;
function item(id: string, documentId: string, sectionId: string | null, extra: Partial<ContributionItem> = {}): ContributionItem {
  clock += 1_000;
  return {
    id,
    kind: 'remark',
    documentId,
    sectionId,
    unitId: null,
    unitName: null,
    body: `remark ${id}`,
    amendment: null,
    authorUserId: 'user',
    authorName: 'Lotte Maes',
    createdAt: clock,
    updatedAt: clock,
    dropped: false,
    processing: null,
    may: { edit: false, review: false, process: false },
    ...extra,
  };
}

const OUTLINES = [
  { id: 'kiv', sections: [{ id: 'kiv-1' }, { id: 'kiv-2' }, { id: 'kiv-3' }] },
  { id: 'nvp', sections: [{ id: 'nvp-1' }, { id: 'nvp-2' }] },
];

const shape = (groups: ReturnType<typeof groupItems>) =>
  groups.map((group) => [group.documentId, group.sections.map((section) => [section.sectionId, section.items.map((one) => one.id)])]);

describe('items by document and section', () => {
  it('follows the documents order, the whole document first, then the outline', () => {
    const items = [
      item('a', 'nvp', 'nvp-2'),
      item('b', 'kiv', 'kiv-3'),
      item('c', 'kiv', null),
      item('d', 'kiv', 'kiv-1'),
      item('e', 'nvp', null),
      item('f', 'kiv', 'kiv-3'),
    ];
    expect(shape(groupItems(items, OUTLINES))).toEqual([
      ['kiv', [[null, ['c']], ['kiv-1', ['d']], ['kiv-3', ['b', 'f']]]],
      ['nvp', [[null, ['e']], ['nvp-2', ['a']]]],
    ]);
  });

  it('puts the oldest item first whatever order the server sent', () => {
    const first = item('first', 'kiv', 'kiv-2');
    const second = item('second', 'kiv', 'kiv-2');
    expect(shape(groupItems([second, first], OUTLINES))).toEqual([['kiv', [['kiv-2', ['first', 'second']]]]]);
  });

  it('keeps documents and sections it does not know, after the known ones', () => {
    const items = [item('x', 'other', 'other-1'), item('y', 'kiv', 'kiv-9'), item('z', 'kiv', 'kiv-2')];
    expect(shape(groupItems(items, OUTLINES))).toEqual([
      ['kiv', [['kiv-2', ['z']], ['kiv-9', ['y']]]],
      ['other', [['other-1', ['x']]]],
    ]);
  });

  it('follows the order it is given (the round may list the NVP first)', () => {
    const items = [item('k', 'kiv', null), item('n', 'nvp', null)];
    expect(groupItems(items, [...OUTLINES].reverse()).map((group) => group.documentId)).toEqual(['nvp', 'kiv']);
  });

  it('is empty for an empty package', () => {
    expect(groupItems([], OUTLINES)).toEqual([]);
  });
});

describe('what the package would submit', () => {
  it('counts the items the coordinator kept', () => {
    const items = [item('a', 'kiv', null), item('b', 'kiv', null, { dropped: true }), item('c', 'nvp', null)];
    expect(keptItemCount(items)).toBe(2);
    expect(keptItemCount([item('d', 'kiv', null, { dropped: true })])).toBe(0);
  });
});

describe('draft amendments that may join the package', () => {
  const draft = (id: string, status: AmendmentSummary['status'] = 'draft') => ({ id, status }) as AmendmentSummary;

  it('offers the drafts that are not items yet', () => {
    const offered = offeredDrafts([draft('one'), draft('two'), draft('three')], ['two']);
    expect(offered.map((amendment) => amendment.id)).toEqual(['one', 'three']);
  });

  it('never offers an amendment that is no longer a draft', () => {
    expect(offeredDrafts([draft('one', 'submitted'), draft('two', 'withdrawn'), draft('three')], []).map((a) => a.id)).toEqual(['three']);
  });
});
