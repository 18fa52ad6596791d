/**
 * Starts a thread on a passage with its first comment. The quote is read by the server between
 * the anchors, so the thread records the passage the anchors really hold; anchors that name
 * nothing in the room's text, or hold no text, are refused.
 */
import type { CreateCommentThreadRequest } from '../../../shared/api/comments.js';
import { canComment } from '../../../shared/domain/commentRules.js';
import type { z } from 'zod';
import { parseRoomName } from '../../../shared/protocol/rooms.js';
import { forbidden, ruleBroken } from '../../errors.js';
import type { UserRecord } from '../../repositories/users.js';
import { actorOf } from '../actor.js';
import { newId } from '../ids.js';
import { readableCommentRoom } from './commentRoom.js';
import type { CommentDeps } from './deps.js';
import { passageReader } from './passages.js';

/** The longest quote kept: a thread on a whole chapter keeps its start. */
const MAX_QUOTE = 2_000;

/** The new thread's id. */
export function startThread(
  deps: CommentDeps,
  { user, request }: { user: UserRecord; request: z.output<typeof CreateCommentThreadRequest> },
): string {
  const actor = actorOf(user);
  const room = readableCommentRoom(deps, user, request.room, 'Room');
  if (!canComment(actor, room)) throw forbidden();
  const passage = deps.rooms.read(room.name, (live) => passageReader(live.doc)(request.anchor));
  if (passage === null) throw ruleBroken('anchor_unknown', "The passage's positions name nothing in this text.");
  if (passage.deleted) throw ruleBroken('passage_empty', 'The passage holds no text.');
  const id = newId();
  const at = deps.clock.now();
  // A thread on a draft amendment is the drafting entity's internal discussion: it stays theirs after submission.
  const parsed = parseRoomName(room.name);
  const amendment = parsed?.kind === 'amendment' ? deps.amendments.get(parsed.amendmentId) : null;
  const privateToEntityId = amendment?.status === 'draft' ? amendment.entityId : null;
  deps.db.transaction(() => {
    deps.comments.insertThread({
      id,
      room: room.name,
      anchor: request.anchor,
      quote: passage.text.slice(0, MAX_QUOTE),
      createdBy: actor.userId,
      privateToEntityId,
      at,
    });
    deps.comments.insertComment({ id: newId(), threadId: id, authorUserId: actor.userId, entityId: actor.entityId, body: request.body, at });
    deps.audit.record({ userId: actor.userId, action: 'comment.thread_created', subject: `comment_thread:${id}`, detail: { room: room.name }, at });
  }).immediate();
  return id;
}
