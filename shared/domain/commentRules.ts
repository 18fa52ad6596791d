/**
 * Who may comment on a text, reply, and resolve or reopen a thread. Pure rules: the server's
 * routes and the client's buttons both ask these, and unit tests call them directly.
 */
import { isDocumentLead } from './amendmentRules.js';
import type { DocumentAccessFacts, RoomAccess } from './permissions.js';
import type { Actor } from './roles.js';

/** The facts about a thread that the rules need. */
export interface CommentThreadFacts {
  createdBy: string;
  resolvedAt: number | null;
}

/** The room a thread is in, as the actor reaches it: their access, and the document it belongs to. */
export interface CommentRoomFacts {
  access: RoomAccess;
  /** The main text's document, or the document an amendment amends. */
  document: DocumentAccessFacts;
}

/** Whoever may read a room's text may comment on it (DESIGN.md: readers "read and comment"). */
export function canComment(actor: Actor | null, room: CommentRoomFacts): boolean {
  return actor !== null && room.access !== 'none';
}

/** A reply goes to an open thread; a resolved one is reopened first, by someone who may. */
export function canReply(actor: Actor | null, thread: CommentThreadFacts, room: CommentRoomFacts): boolean {
  return thread.resolvedAt === null && canComment(actor, room);
}

/**
 * Resolving says a remark has been dealt with. In a text several governments share, a reader of
 * one entity closing another's remark would silence it; so it is for the remark's author, for
 * those who write the room's text (who act on remarks), and for the document's lead.
 */
function mayChangeResolution(actor: Actor | null, thread: CommentThreadFacts, room: CommentRoomFacts): boolean {
  if (actor === null || !canComment(actor, room)) return false;
  return actor.userId === thread.createdBy || room.access === 'write' || isDocumentLead(actor, room.document);
}

/** Resolve an open thread: its author, a writer of the room, or the document's lead. */
export function canResolveThread(actor: Actor | null, thread: CommentThreadFacts, room: CommentRoomFacts): boolean {
  return thread.resolvedAt === null && mayChangeResolution(actor, thread, room);
}

/** Reopen a resolved thread: the same people who may resolve it. */
export function canReopenThread(actor: Actor | null, thread: CommentThreadFacts, room: CommentRoomFacts): boolean {
  return thread.resolvedAt !== null && mayChangeResolution(actor, thread, room);
}

/**
 * A thread started in a draft amendment is seen only by that amendment's entity, whatever followed:
 * before submission nothing of a draft is visible outside its entity, its internal discussion included.
 */
export function isThreadVisibleTo(thread: { privateToEntityId: string | null }, viewer: { entityId: string | null }): boolean {
  return thread.privateToEntityId === null || thread.privateToEntityId === viewer.entityId;
}
