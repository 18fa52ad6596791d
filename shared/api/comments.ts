/**
 * The comments API's bodies (zod): threads anchored on a passage of a room's text by two Yjs
 * relative positions, their comments, and what the server says about the passage now.
 */
import { z } from 'zod';

/** A Yjs struct id as `Y.relativePositionToJSON` writes it. Client ids are uint32; clocks count structs. */
const YjsId = z.strictObject({
  client: z.number().int().min(0).max(0xffff_ffff),
  clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * A relative position as `Y.relativePositionToJSON` writes it (computed by the client with
 * y-prosemirror's `absolutePositionToRelativePosition` against the room's `prosemirror` fragment).
 * `tname` may only name that fragment: Yjs resolves a root name with `doc.get`, which would create
 * any other root in the server's copy of the room.
 */
export const RelativePositionJson = z
  .strictObject({
    type: YjsId.optional(),
    tname: z.literal('prosemirror').optional(),
    item: YjsId.optional(),
    assoc: z.number().int().min(-1).max(1).optional(),
  })
  .refine((position) => position.item !== undefined || position.type !== undefined || position.tname !== undefined, {
    message: 'A relative position names an item, a type or the root fragment.',
  });
export type RelativePositionJson = z.infer<typeof RelativePositionJson>;

/** Where a thread sits: the start and end of its passage, following the text as it changes. */
export const CommentAnchor = z.strictObject({ start: RelativePositionJson, end: RelativePositionJson });
export type CommentAnchor = z.infer<typeof CommentAnchor>;

const body = z.string().trim().min(1, 'A comment needs some text.').max(10_000);

/** One comment of a thread. */
export const Comment = z.object({
  id: z.string(),
  authorUserId: z.string(),
  authorName: z.string(),
  /** The author's entity when writing it (for its colour); null for a user without one. */
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  body: z.string(),
  createdAt: z.number(),
});
export type Comment = z.infer<typeof Comment>;

/** What the signed-in user may do with a thread now (the server checks again on each request). */
export const CommentThreadPermissions = z.object({ reply: z.boolean(), resolve: z.boolean(), reopen: z.boolean() });
export type CommentThreadPermissions = z.infer<typeof CommentThreadPermissions>;

/** A thread with its comments, oldest first, and its passage as the text stands now. */
export const CommentThread = z.object({
  id: z.string(),
  /** The sync room whose text it is on: `doc:<id>` or `amendment:<id>`. */
  room: z.string(),
  anchor: CommentAnchor,
  /** The passage as it read when the thread was started. */
  quote: z.string(),
  /** The text between the anchors now (blocks separated by a newline); empty when it was deleted. */
  passageText: z.string(),
  /** Every character of the passage has been deleted from the text (the thread stays, saying so). */
  passageDeleted: z.boolean(),
  createdAt: z.number(),
  createdByUserId: z.string(),
  createdByName: z.string(),
  resolved: z.boolean(),
  resolvedAt: z.number().nullable(),
  resolvedByName: z.string().nullable(),
  comments: z.array(Comment),
  may: CommentThreadPermissions,
});
export type CommentThread = z.infer<typeof CommentThread>;

/** `GET /api/comment-threads?room=` answer, oldest thread first. */
export const CommentThreadList = z.object({ threads: z.array(CommentThread) });
export type CommentThreadList = z.infer<typeof CommentThreadList>;

/** `GET /api/comment-threads` query. */
export const CommentThreadListQuery = z.object({ room: z.string().min(1).max(100) });
export type CommentThreadListQuery = z.infer<typeof CommentThreadListQuery>;

/**
 * `POST /api/comment-threads` body: a passage and the first comment. The quote is not sent: the
 * server reads it between the anchors, so it is the passage the anchors really hold.
 */
export const CreateCommentThreadRequest = z.object({
  room: z.string().min(1).max(100),
  anchor: CommentAnchor,
  body,
});
export type CreateCommentThreadRequest = z.input<typeof CreateCommentThreadRequest>;

/** `POST /api/comment-threads/:id/comments` body: a reply. */
export const ReplyRequest = z.object({ body });
export type ReplyRequest = z.input<typeof ReplyRequest>;
