/** Resolving and reopening a thread: who may is in shared/domain/commentRules.ts; each change is audited. */
import { canReopenThread, canResolveThread } from '../../../shared/domain/commentRules.js';
import { conflict, forbidden } from '../../errors.js';
import type { UserRecord } from '../../repositories/users.js';
import { actorOf } from '../actor.js';
import type { CommentDeps } from './deps.js';
import { findVisibleThread } from './findThread.js';

/** Marks an open thread resolved. */
export function resolveThread(deps: CommentDeps, { user, threadId }: { user: UserRecord; threadId: string }): void {
  const actor = actorOf(user);
  const { thread, room } = findVisibleThread(deps, user, threadId);
  if (thread.resolvedAt !== null) throw conflict('already_resolved', 'This thread is already resolved.');
  if (!canResolveThread(actor, thread, room)) throw forbidden('Only its author, the writers of this text and the document\'s lead resolve a thread.');
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.comments.resolve(threadId, actor.userId, at)) throw conflict('already_resolved', 'This thread is already resolved.');
    deps.audit.record({ userId: actor.userId, action: 'comment.resolved', subject: `comment_thread:${threadId}`, at });
  }).immediate();
}

/** Reopens a resolved thread. */
export function reopenThread(deps: CommentDeps, { user, threadId }: { user: UserRecord; threadId: string }): void {
  const actor = actorOf(user);
  const { thread, room } = findVisibleThread(deps, user, threadId);
  if (thread.resolvedAt === null) throw conflict('not_resolved', 'This thread is open.');
  if (!canReopenThread(actor, thread, room)) throw forbidden('Only its author, the writers of this text and the document\'s lead reopen a thread.');
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.comments.reopen(threadId)) throw conflict('not_resolved', 'This thread is open.');
    deps.audit.record({ userId: actor.userId, action: 'comment.reopened', subject: `comment_thread:${threadId}`, at });
  }).immediate();
}
