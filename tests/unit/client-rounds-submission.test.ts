/**
 * The submit block's reckoning (client/rounds/submission.ts): what goes out and what stays behind,
 * and when it offers no button (deadline passed, to the second in Brussels time; nothing kept); and
 * which item was just added (client/rounds/packageFocus.ts), where focus goes next.
 */
import { describe, expect, it } from 'vitest';
import { addedItemId } from '../../client/rounds/packageFocus.js';
import { itemShortName, submissionSummary, submitBlocker } from '../../client/rounds/submission.js';
import type { ContributionItem } from '../../shared/api/contributions.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';

function item(id: string, extra: Partial<ContributionItem> = {}): ContributionItem {
  return {
    id,
    kind: 'remark',
    documentId: 'kiv',
    sectionId: null,
    unitId: null,
    unitName: null,
    body: `remark ${id}`,
    amendment: null,
    authorUserId: 'user',
    authorName: 'Lotte Maes',
    createdAt: 1,
    updatedAt: 1,
    dropped: false,
    processing: null,
    may: { edit: false, review: false, process: false },
    ...extra,
  };
}

const amendment = (id: string, title: string, dropped = false) =>
  item(id, { kind: 'amendment', body: '', dropped, amendment: { id: `a-${id}`, title, status: 'draft', number: null, decisionReason: null } });

describe('submission summary', () => {
  it('counts the kept items, names the dropped ones and the kept amendments', () => {
    const summary = submissionSummary([
      item('1'),
      item('2', { dropped: true, body: 'De partners ontbreken.' }),
      amendment('3', 'Handhaving'),
      amendment('4', 'Verworpen idee', true),
    ]);
    expect(summary).toEqual({ kept: 2, dropped: ['“De partners ontbreken.”', 'Verworpen idee'], amendments: ['Handhaving'] });
  });

  it('shortens a long remark to its opening words, on one line', () => {
    const name = itemShortName(item('1', { body: `Eerste regel\nen ${'heel '.repeat(30)}lang` }));
    expect(name.startsWith('“Eerste regel en heel')).toBe(true);
    expect(name.endsWith('…”')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(62);
  });
});

describe('submit blocker', () => {
  const local = instantOfLocal({ date: '2026-03-29', time: '17:00' });
  if (!local.ok) throw new Error('no 17:00 on the day the clocks go forward');
  const deadlineAt = local.at;

  it('offers the button up to the deadline second itself, on the day the clocks go forward', () => {
    expect(submitBlocker(1, deadlineAt, deadlineAt + 999)).toBeNull();
    expect(submitBlocker(1, deadlineAt, deadlineAt + 1_000)).toBe('late');
  });

  it('says the package is empty when nothing is kept, and late takes precedence', () => {
    expect(submitBlocker(0, deadlineAt, deadlineAt - 60_000)).toBe('empty');
    expect(submitBlocker(0, deadlineAt, deadlineAt + 60_000)).toBe('late');
  });
});

describe('added item', () => {
  it('is the one the new package holds that the old did not', () => {
    expect(addedItemId({ items: [item('1')] }, { items: [item('1'), item('2')] })).toBe('2');
    expect(addedItemId(null, { items: [item('1')] })).toBe('1');
    expect(addedItemId({ items: [item('1')] }, { items: [item('1')] })).toBeNull();
  });
});
