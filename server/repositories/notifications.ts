/**
 * Notifications (what concerns a user, shown in the app) and the outbox (the mail a real
 * installation would send from; there is no mail server here). One notification per user, and its
 * mail, are written in the caller's transaction, so a state change and its notice commit together.
 */
import type { NotificationKind, NotificationParams } from '../../shared/api/notifications.js';
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

/** Writes notifications and their mail. */
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
}
