/** Adds a reply to an open thread: replies form the thread, oldest first. */
import type { ReplyRequest } from '../../../shared/api/comments.js';
import { canReply } from '../../../shared/domain/commentRules.js';
import type { z } from 'zod';
import { conflict, forbidden } from '../../errors.js';
import type { UserRecord } from '../../repositories/users.js';
import { actorOf } from '../actor.js';
import { newId } from '../ids.js';
import type { CommentDeps } from './deps.js';
import { findVisibleThread } from './findThread.js';

/** The reply's id. */
export function replyToThread(
  deps: CommentDeps,
  { user, threadId, request }: { user: UserRecord; threadId: string; request: z.output<typeof ReplyRequest> },
): string {
  const actor = actorOf(user);
  const { thread, room } = findVisibleThread(deps, user, threadId);
  if (thread.resolvedAt !== null) throw conflict('thread_resolved', 'This thread is resolved; reopen it to reply.');
  if (!canReply(actor, thread, room)) throw forbidden();
  const id = newId();
  const at = deps.clock.now();
  deps.db.transaction(() => {
    deps.comments.insertComment({ id, threadId, authorUserId: actor.userId, entityId: actor.entityId, body: request.body, at });
    deps.audit.record({ userId: actor.userId, action: 'comment.replied', subject: `comment_thread:${threadId}`, detail: { commentId: id }, at });
  }).immediate();
  return id;
}
