/**
 * What the comments panel shows about threads: which pass the open/resolved filter, how many of
 * each, whether a passage is gone (said by the server, or seen locally as soon as this browser's
 * copy of the text loses it), and how an action's answer replaces a thread in the list. Pure.
 */
import type { Comment, CommentThread } from '../../shared/api/comments.js';

/** The panel's filter. */
export type ThreadFilter = 'open' | 'resolved' | 'all';

/** The filters in the order the panel offers them. */
export const THREAD_FILTERS: readonly ThreadFilter[] = ['open', 'resolved', 'all'];

/** The threads that pass `filter`, in the list's order. */
export function filterThreads(threads: readonly CommentThread[], filter: ThreadFilter): CommentThread[] {
  if (filter === 'all') return [...threads];
  return threads.filter((thread) => thread.resolved === (filter === 'resolved'));
}

/** How many threads are open and how many resolved. */
export function threadCounts(threads: readonly CommentThread[]): Record<ThreadFilter, number> {
  const resolved = threads.filter((thread) => thread.resolved).length;
  return { open: threads.length - resolved, resolved, all: threads.length };
}

/**
 * Whether the thread's passage is gone: the server said so when the list was read, or this
 * browser's text lost it since (the list is only refreshed every few seconds).
 */
export function passageGone(thread: CommentThread, locallyDeleted: ReadonlySet<string>): boolean {
  return thread.passageDeleted || locallyDeleted.has(thread.id);
}

/** The list with `thread` in it: replacing the thread with its id, or added in order of creation. */
export function withThread(threads: readonly CommentThread[], thread: CommentThread): CommentThread[] {
  const index = threads.findIndex((candidate) => candidate.id === thread.id);
  if (index >= 0) return threads.map((candidate, at) => (at === index ? thread : candidate));
  return [...threads, thread].sort((a, b) => a.createdAt - b.createdAt);
}

/** The thread's opening comment (its author stands for the thread); null for a thread without any. */
export function openingComment(thread: CommentThread): Comment | null {
  return thread.comments[0] ?? null;
}

/** The replies after the opening comment. */
export function replies(thread: CommentThread): Comment[] {
  return thread.comments.slice(1);
}

/** Whether two sets of ids hold the same ids. */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
