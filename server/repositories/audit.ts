/** The audit log: every state change of a domain record, with who, when and what. */
import type { Db } from '../storage/database.js';

/** One audit entry as read back. */
export interface AuditEntry {
  at: number;
  userId: string | null;
  action: string;
  subject: string | null;
  detail: Record<string, unknown> | null;
}

/** Appends to and reads the audit log. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  /** Records an action (e.g. `amendment.submitted`) on a subject (e.g. `amendment:<id>`). */
  record(entry: { userId: string | null; action: string; subject: string; detail?: Record<string, unknown>; at?: number }): void {
    this.db
      .prepare('INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at ?? Date.now(), entry.userId, entry.action, entry.subject, entry.detail ? JSON.stringify(entry.detail) : null);
  }

  /** The entries about one subject, oldest first. */
  forSubject(subject: string): AuditEntry[] {
    return this.db
      .prepare<[string], { at: number; user_id: string | null; action: string; subject: string | null; detail: string | null }>(
        'SELECT at, user_id, action, subject, detail FROM audit_log WHERE subject = ? ORDER BY id',
      )
      .all(subject)
      .map((row) => ({
        at: row.at,
        userId: row.user_id,
        action: row.action,
        subject: row.subject,
        detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
      }));
  }

  /**
   * The newest entries first, with the acting user's name; only those whose subject is or starts
   * with `subjectPrefix` when given (a range on the subject index, not a LIKE, which ignores case).
   */
  list({ subjectPrefix, limit }: { subjectPrefix?: string; limit: number }): (AuditEntry & { id: number; userName: string | null })[] {
    const select = `SELECT a.id, a.at, a.user_id, u.name AS user_name, a.action, a.subject, a.detail
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id`;
    type Row = { id: number; at: number; user_id: string | null; user_name: string | null; action: string; subject: string | null; detail: string | null };
    const rows =
      subjectPrefix === undefined
        ? this.db.prepare<[number], Row>(`${select} ORDER BY a.id DESC LIMIT ?`).all(limit)
        : this.db
            .prepare<[string, string, number], Row>(`${select} WHERE a.subject >= ? AND a.subject < ? ORDER BY a.id DESC LIMIT ?`)
            // Every string that starts with the prefix sorts before the prefix followed by the highest code point.
            .all(subjectPrefix, `${subjectPrefix}\u{10FFFF}`, limit);
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      userId: row.user_id,
      userName: row.user_name,
      action: row.action,
      subject: row.subject,
      detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    }));
  }
}
