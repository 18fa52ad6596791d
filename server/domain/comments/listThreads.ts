/** The threads of a room with their comments, each passage resolved against the room's text as it is now. */
import type { CommentThread } from '../../../shared/api/comments.js';
import { isThreadVisibleTo } from '../../../shared/domain/commentRules.js';
import type { CommentThreadRecord } from '../../repositories/comments.js';
import type { UserRecord } from '../../repositories/users.js';
import { actorOf } from '../actor.js';
import { readableCommentRoom, type CommentRoom } from './commentRoom.js';
import type { CommentDeps } from './deps.js';
import { passageReader } from './passages.js';
import { presentThread } from './presentThread.js';

/** Presents threads of one room, reading the room's text once for all of them. */
export function presentThreads(deps: Pick<CommentDeps, 'rooms'>, user: UserRecord, room: CommentRoom, threads: CommentThreadRecord[]): CommentThread[] {
  if (threads.length === 0) return [];
  const actor = actorOf(user);
  return deps.rooms.read(room.name, (live) => {
    const passageOf = passageReader(live.doc);
    return threads.map((thread) => presentThread(thread, passageOf(thread.anchor), actor, room));
  });
}

/** Every thread of the room, oldest first; a room the user may not read is not found. */
export function listThreads(deps: CommentDeps, { user, room }: { user: UserRecord; room: string }): CommentThread[] {
  const readable = readableCommentRoom(deps, user, room, 'Room');
  const threads = deps.comments.listForRoom(readable.name).filter((thread) => isThreadVisibleTo(thread, user));
  return presentThreads(deps, user, readable, threads);
}
