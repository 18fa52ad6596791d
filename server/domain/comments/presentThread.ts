/** A thread in the API's shape: its passage as it stands now, and what this actor may do with it. */
import type { CommentThread } from '../../../shared/api/comments.js';
import { canReopenThread, canReply, canResolveThread, type CommentRoomFacts } from '../../../shared/domain/commentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import type { CommentThreadRecord } from '../../repositories/comments.js';
import type { Passage } from './passages.js';

/** The API shape of a thread; a passage whose anchors name nothing any more counts as deleted. */
export function presentThread(thread: CommentThreadRecord, passage: Passage | null, actor: Actor, room: CommentRoomFacts): CommentThread {
  return {
    id: thread.id,
    room: thread.room,
    anchor: thread.anchor,
    quote: thread.quote,
    passageText: passage?.text ?? '',
    passageDeleted: passage?.deleted ?? true,
    createdAt: thread.createdAt,
    createdByUserId: thread.createdBy,
    createdByName: thread.createdByName,
    resolved: thread.resolvedAt !== null,
    resolvedAt: thread.resolvedAt,
    resolvedByName: thread.resolvedByName,
    comments: thread.comments.map((comment) => ({
      id: comment.id,
      authorUserId: comment.authorUserId,
      authorName: comment.authorName,
      entityId: comment.entityId,
      entityName: comment.entityName,
      body: comment.body,
      createdAt: comment.createdAt,
    })),
    may: {
      reply: canReply(actor, thread, room),
      resolve: canResolveThread(actor, thread, room),
      reopen: canReopenThread(actor, thread, room),
    },
  };
}
