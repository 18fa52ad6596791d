/** Looks up a thread as a user may see it: one in a room they cannot read is as absent as a wrong id. */
import type { CommentThread } from '../../../shared/api/comments.js';
import { isThreadVisibleTo } from '../../../shared/domain/commentRules.js';
import { notFound } from '../../errors.js';
import type { CommentThreadRecord } from '../../repositories/comments.js';
import type { UserRecord } from '../../repositories/users.js';
import { readableCommentRoom, type CommentRoom } from './commentRoom.js';
import type { CommentDeps } from './deps.js';
import { presentThreads } from './listThreads.js';

/** The thread and its room, or a 404 that says the same whether it exists or is hidden. */
export function findVisibleThread(
  deps: Pick<CommentDeps, 'comments' | 'dossier' | 'amendments'>,
  user: UserRecord,
  threadId: string,
): { thread: CommentThreadRecord; room: CommentRoom } {
  const thread = deps.comments.get(threadId);
  if (!thread || !isThreadVisibleTo(thread, user)) throw notFound('Comment thread');
  return { thread, room: readableCommentRoom(deps, user, thread.room, 'Comment thread') };
}

/** One thread as the user sees it now, its passage resolved against the live text. */
export function threadView(deps: CommentDeps, user: UserRecord, threadId: string): CommentThread {
  const { thread, room } = findVisibleThread(deps, user, threadId);
  return presentThreads(deps, user, room, [thread])[0]!;
}
