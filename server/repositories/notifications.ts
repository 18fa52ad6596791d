/**
 * Notifications (what concerns a user, shown in the app) and the outbox (the mail a real
 * installation would send from; there is no mail server here). One notification per user, and its
 * mail, are written in the caller's transaction, so a state change and its notice commit together.
 */
import {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationParams,
  type OutboxMessage,
} from '../../shared/api/notifications.js';
import type { Db } from '../storage/database.js';

/** One notice to some users. */
export interface NotificationInput {
  userIds: readonly string[];
  kind: NotificationKind;
  /** What it is about, e.g. `contribution-round:<id>`. */
  subject: string;
  params: NotificationParams;
  /** The in-app path to open. */
  link: string | null;
  /** Set for a notice that must come once per user (e.g. `deadline-near:<round>:<entity>`). */
  dedupeKey?: string;
  at?: number;
}

/** Renders a notification's mail: its subject and plain-text body (the i18n strings, Dutch and French). */
export type MailRenderer = (kind: NotificationKind, params: NotificationParams, link: string | null) => { subject: string; body: string };

interface NotificationRow {
  id: number;
  kind: string;
  subject: string;
  params: string;
  link: string | null;
  created_at: number;
  read_at: number | null;
}

interface OutboxRow {
  id: number;
  to_address: string;
  subject: string;
  body: string;
  created_at: number;
  sent_at: number | null;
}

/** Writes notifications and their mail; reads a user's own notifications and the outbox. */
export class NotificationRepository {
  constructor(
    private readonly db: Db,
    private readonly renderMail: MailRenderer,
  ) {}

  /** Notifies each user once (skipping any who already had this `dedupeKey`) and queues their mail. */
  notify(input: NotificationInput): void {
    const at = input.at ?? Date.now();
    const insert = this.db.prepare(
      `INSERT INTO notifications (user_id, kind, subject, params, link, created_at, dedupe_key)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const address = this.db.prepare<[string], { email: string }>('SELECT email FROM users WHERE id = ? AND disabled_at IS NULL');
    const mail = this.db.prepare('INSERT INTO outbox (notification_id, to_address, subject, body, created_at) VALUES (?, ?, ?, ?, ?)');
    const { subject, body } = this.renderMail(input.kind, input.params, input.link);
    this.db.transaction(() => {
      for (const userId of new Set(input.userIds)) {
        const result = insert.run(userId, input.kind, input.subject, JSON.stringify(input.params), input.link, at, input.dedupeKey ?? null);
        const to = address.get(userId);
        if (result.changes === 1 && to) mail.run(result.lastInsertRowid, to.email, subject, body, at);
      }
    })();
  }

  /** The user's own notifications, newest first, at most `limit`. */
  listFor(userId: string, limit: number): Notification[] {
    return this.db
      .prepare<[string, number], NotificationRow>(
        `SELECT id, kind, subject, params, link, created_at, read_at FROM notifications
         WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
      )
      .all(userId, limit)
      .flatMap((row) => {
        const kind = NOTIFICATION_KINDS.find((known) => known === row.kind);
        // A kind this build no longer knows has no sentence to show: leave it out rather than fail the list.
        if (kind === undefined) return [];
        const params = JSON.parse(row.params) as NotificationParams;
        return [{ id: row.id, kind, subject: row.subject, params, link: row.link, createdAt: row.created_at, readAt: row.read_at }];
      });
  }

  /** How many of the user's notifications are unread (all of them, not only the listed ones). */
  unreadCount(userId: string): number {
    return this.db
      .prepare<[string], { count: number }>('SELECT count(*) AS count FROM notifications WHERE user_id = ? AND read_at IS NULL')
      .get(userId)!.count;
  }

  /** Marks the user's own notifications read: those with `ids` (others' ids are ignored), or all. */
  markRead(userId: string, ids: readonly number[] | undefined, at: number): void {
    if (ids === undefined) {
      this.db.prepare('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL').run(at, userId);
      return;
    }
    const update = this.db.prepare('UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL');
    this.db.transaction(() => {
      for (const id of new Set(ids)) update.run(at, id, userId);
    })();
  }

  /** The outbox, newest first, at most `limit`. */
  outbox(limit: number): OutboxMessage[] {
    return this.db
      .prepare<[number], OutboxRow>('SELECT id, to_address, subject, body, created_at, sent_at FROM outbox ORDER BY created_at DESC, id DESC LIMIT ?')
      .all(limit)
      .map((row) => ({ id: row.id, to: row.to_address, subject: row.subject, body: row.body, createdAt: row.created_at, sentAt: row.sent_at }));
  }
}
