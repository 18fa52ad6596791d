/** Stored sessions: id, owner, the hash of the secret, and the times that decide expiry. */
import type { Db } from '../storage/database.js';

/** A stored session. */
export interface SessionRecord {
  id: string;
  userId: string;
  secretHash: Uint8Array;
  createdAt: number;
  lastSeenAt: number;
}

interface SessionRow {
  id: string;
  user_id: string;
  secret_hash: Buffer;
  created_at: number;
  last_seen_at: number;
}

/** Reads and writes sessions. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  /** Stores a new session. */
  insert(session: SessionRecord): void {
    this.db
      .prepare('INSERT INTO sessions (id, user_id, secret_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(session.id, session.userId, Buffer.from(session.secretHash), session.createdAt, session.lastSeenAt);
  }

  /** The session with this id, or null. */
  find(id: string): SessionRecord | null {
    const row = this.db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?').get(id);
    return row
      ? {
          id: row.id,
          userId: row.user_id,
          secretHash: new Uint8Array(row.secret_hash),
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
        }
      : null;
  }

  /** Moves the sliding expiry forward. */
  touch(id: string, at: number): void {
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at, id);
  }

  /** Deletes one session. */
  delete(id: string): void {
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
  }

  /** Deletes every session of a user; returns their ids. */
  deleteAllOfUser(userId: string): string[] {
    const ids = this.db
      .prepare<[string], { id: string }>('SELECT id FROM sessions WHERE user_id = ?')
      .all(userId)
      .map((row) => row.id);
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    return ids;
  }

  /** Deletes sessions that can no longer be valid. */
  deleteExpired(idleBefore: number, createdBefore: number): number {
    return this.db
      .prepare('DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?')
      .run(idleBefore, createdBefore).changes;
  }
}
