/**
 * The outbox's mail for a notification: Belgian administrations write to each other in both
 * languages, so the subject and body carry the Dutch and the French sentence, and the link.
 */
import type { NotificationKind, NotificationParams } from '../../../shared/api/notifications.js';
import { notificationText } from '../../../shared/i18n/notificationText.js';

/** Subject and plain-text body; `baseUrl` makes the in-app link absolute. */
export function renderMail(baseUrl: string, kind: NotificationKind, params: NotificationParams, link: string | null): { subject: string; body: string } {
  const dutch = notificationText('nl', kind, params);
  const french = notificationText('fr', kind, params);
  const lines = [dutch, '', french];
  if (link !== null) lines.push('', new URL(link, baseUrl).toString());
  lines.push('', '— Akkoord');
  return { subject: `Akkoord: ${dutch}`, body: lines.join('\n') };
}
