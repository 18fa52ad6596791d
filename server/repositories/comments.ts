/** Comment threads and their comments: reads with the names the API shows, and guarded state changes. */
import { RelativePositionJson, type CommentAnchor } from '../../shared/api/comments.js';
import type { Db } from '../storage/database.js';

/** One comment as stored, with its author's and entity's names. */
export interface CommentRecord {
  id: string;
  threadId: string;
  authorUserId: string;
  authorName: string;
  entityId: string | null;
  entityName: string | null;
  body: string;
  createdAt: number;
}

/** A thread as stored, with its comments oldest first. */
export interface CommentThreadRecord {
  id: string;
  room: string;
  anchor: CommentAnchor;
  quote: string;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  resolvedAt: number | null;
  resolvedByName: string | null;
  /** Set for a thread started in a draft amendment: only this entity ever sees it. */
  privateToEntityId: string | null;
  comments: CommentRecord[];
}

/** What a new comment needs. */
export interface NewComment {
  id: string;
  threadId: string;
  authorUserId: string;
  entityId: string | null;
  body: string;
  at: number;
}

/** What a new thread needs (its first comment is inserted beside it). */
export interface NewCommentThread {
  id: string;
  room: string;
  anchor: CommentAnchor;
  quote: string;
  createdBy: string;
  /** The entity a thread started in a draft amendment stays private to. */
  privateToEntityId: string | null;
  at: number;
}

interface ThreadRow {
  id: string;
  room: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  created_by: string;
  created_by_name: string;
  created_at: number;
  resolved_at: number | null;
  resolved_by_name: string | null;
  private_to_entity: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_user_id: string;
  author_name: string;
  entity_id: string | null;
  entity_name: string | null;
  body: string;
  created_at: number;
}

const THREADS = `
  SELECT t.id, t.room, t.anchor_start, t.anchor_end, t.quote, t.created_by, creator.name AS created_by_name,
         t.created_at, t.resolved_at, resolver.name AS resolved_by_name, t.private_to_entity
  FROM comment_threads t
  JOIN users creator ON creator.id = t.created_by
  LEFT JOIN users resolver ON resolver.id = t.resolved_by`;

const COMMENTS = `
  SELECT c.id, c.thread_id, c.author_user_id, author.name AS author_name, c.entity_id, entity.name AS entity_name,
         c.body, c.created_at
  FROM comments c
  JOIN users author ON author.id = c.author_user_id
  LEFT JOIN entities entity ON entity.id = c.entity_id`;

function toComment(row: CommentRow): CommentRecord {
  return {
    id: row.id,
    threadId: row.thread_id,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
    entityId: row.entity_id,
    entityName: row.entity_name,
    body: row.body,
    createdAt: row.created_at,
  };
}

function toThread(row: ThreadRow, comments: CommentRecord[]): CommentThreadRecord {
  return {
    id: row.id,
    room: row.room,
    // Stored after validation with the same schema; parsed again so a bad row fails loudly, not later in Yjs.
    anchor: { start: RelativePositionJson.parse(JSON.parse(row.anchor_start)), end: RelativePositionJson.parse(JSON.parse(row.anchor_end)) },
    quote: row.quote,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolved_by_name,
    privateToEntityId: row.private_to_entity,
    comments,
  };
}

/** Reads and writes comment threads. State changes return false when the thread was not in the expected state. */
export class CommentRepository {
  constructor(private readonly db: Db) {}

  /** One thread with its comments, or null. */
  get(id: string): CommentThreadRecord | null {
    const row = this.db.prepare<[string], ThreadRow>(`${THREADS} WHERE t.id = ?`).get(id);
    if (!row) return null;
    const comments = this.db.prepare<[string], CommentRow>(`${COMMENTS} WHERE c.thread_id = ? ORDER BY c.created_at, c.rowid`).all(id);
    return toThread(row, comments.map(toComment));
  }

  /** Every thread of a room, oldest first, each with its comments oldest first. */
  listForRoom(room: string): CommentThreadRecord[] {
    const threads = this.db.prepare<[string], ThreadRow>(`${THREADS} WHERE t.room = ? ORDER BY t.created_at, t.rowid`).all(room);
    const comments = this.db
      .prepare<[string], CommentRow>(
        `${COMMENTS} JOIN comment_threads t ON t.id = c.thread_id WHERE t.room = ? ORDER BY c.created_at, c.rowid`,
      )
      .all(room);
    const byThread = new Map<string, CommentRecord[]>(threads.map((thread) => [thread.id, []]));
    for (const comment of comments) byThread.get(comment.thread_id)?.push(toComment(comment));
    return threads.map((thread) => toThread(thread, byThread.get(thread.id) ?? []));
  }

  /** Stores a new thread (call with its first comment, in one transaction). */
  insertThread(thread: NewCommentThread): void {
    this.db
      .prepare(
        `INSERT INTO comment_threads (id, room, anchor_start, anchor_end, quote, created_by, created_at, private_to_entity)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        thread.id,
        thread.room,
        JSON.stringify(thread.anchor.start),
        JSON.stringify(thread.anchor.end),
        thread.quote,
        thread.createdBy,
        thread.at,
        thread.privateToEntityId,
      );
  }

  /** Adds a comment to a thread. */
  insertComment(comment: NewComment): void {
    this.db
      .prepare('INSERT INTO comments (id, thread_id, author_user_id, entity_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(comment.id, comment.threadId, comment.authorUserId, comment.entityId, comment.body, comment.at);
  }

  /** Marks an open thread resolved. */
  resolve(id: string, by: string, at: number): boolean {
    return this.db.prepare('UPDATE comment_threads SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL').run(at, by, id).changes === 1;
  }

  /** Reopens a resolved thread (who resolved it before stays in the audit log). */
  reopen(id: string): boolean {
    return this.db.prepare('UPDATE comment_threads SET resolved_at = NULL, resolved_by = NULL WHERE id = ? AND resolved_at IS NOT NULL').run(id).changes === 1;
  }
}
