/**
 * What the comments panel shows about threads (client/comments/threadState.ts): the open/resolved
 * filter and its counts, a passage gone by the server's word or this browser's, and an action's
 * answer replacing its thread in the list.
 */
import { describe, expect, it } from 'vitest';
import {
  filterThreads,
  openingComment,
  passageGone,
  replies,
  sameIds,
  threadCounts,
  withThread,
} from '../../client/comments/threadState.js';
import type { Comment, CommentThread } from '../../shared/api/comments.js';

const comment = (id: string, authorName: string, entityId: string | null): Comment => ({
  id,
  authorUserId: `user-${authorName}`,
  authorName,
  entityId,
  entityName: entityId,
  body: `Opmerking ${id}`,
  createdAt: 1_700_000_000_000,
});

const thread = (id: string, createdAt: number, overrides: Partial<CommentThread> = {}): CommentThread => ({
  id,
  room: 'doc:kiv',
  anchor: { start: { tname: 'prosemirror' }, end: { tname: 'prosemirror' } },
  quote: `passage ${id}`,
  passageText: `passage ${id}`,
  passageDeleted: false,
  createdAt,
  createdByUserId: 'user-reader',
  createdByName: 'Jan De Smet',
  resolved: false,
  resolvedAt: null,
  resolvedByName: null,
  comments: [comment(`${id}-1`, 'Jan De Smet', 'fod-binnenlandse-zaken')],
  may: { reply: true, resolve: false, reopen: false },
  ...overrides,
});

const open1 = thread('a', 1);
const resolved = thread('b', 2, { resolved: true, resolvedAt: 5, resolvedByName: 'Sofie Claes', may: { reply: false, resolve: false, reopen: true } });
const open2 = thread('c', 3, { passageDeleted: true });
const all = [open1, resolved, open2];

describe('thread state', () => {
  it('filters open, resolved or all threads, keeping their order, and counts them', () => {
    expect(filterThreads(all, 'open').map((t) => t.id)).toEqual(['a', 'c']);
    expect(filterThreads(all, 'resolved').map((t) => t.id)).toEqual(['b']);
    expect(filterThreads(all, 'all').map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(threadCounts(all)).toEqual({ open: 2, resolved: 1, all: 3 });
    expect(threadCounts([])).toEqual({ open: 0, resolved: 0, all: 0 });
  });

  it('says a passage is gone when the server said so or the local text lost it', () => {
    expect(passageGone(open1, new Set())).toBe(false);
    expect(passageGone(open1, new Set(['a']))).toBe(true);
    expect(passageGone(open2, new Set())).toBe(true);
    expect(passageGone(resolved, new Set(['a']))).toBe(false);
  });

  it('replaces a thread with its new state, or adds a new one in order of creation', () => {
    const answered = { ...open1, comments: [...open1.comments, comment('a-2', 'Sofie Claes', 'fod-justitie')] };
    const replaced = withThread(all, answered);
    expect(replaced.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(replaced[0]!.comments).toHaveLength(2);
    expect(all[0]!.comments).toHaveLength(1);
    expect(withThread([open1, open2], resolved).map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(withThread([], open1)).toEqual([open1]);
  });

  it('names the opening comment and the replies', () => {
    const answered = { ...open1, comments: [...open1.comments, comment('a-2', 'Sofie Claes', 'fod-justitie')] };
    expect(openingComment(answered)?.authorName).toBe('Jan De Smet');
    expect(replies(answered).map((c) => c.authorName)).toEqual(['Sofie Claes']);
    expect(openingComment({ ...open1, comments: [] })).toBeNull();
  });

  it('compares sets of ids', () => {
    expect(sameIds(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameIds(new Set(['a']), new Set(['a', 'b']))).toBe(false);
    expect(sameIds(new Set(['a', 'c']), new Set(['a', 'b']))).toBe(false);
  });
});
