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
}
