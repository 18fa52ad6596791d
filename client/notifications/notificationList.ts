/**
 * Reads the notifications API's answer one notification at a time: a kind this client does not know
 * yet (the server was upgraded while the tab stayed open) is left out instead of failing the whole
 * list, so the bell and the page keep working until the page is reloaded.
 */
import { z } from 'zod';
import { Notification, type NotificationList } from '../../shared/api/notifications.js';

/** The list's outer shape; each notification is checked on its own afterwards. */
const LooseNotificationList = z.object({ notifications: z.array(z.unknown()), unread: z.number().int() });

/** Whether a notification this client cannot read is unread (it then counts in the server's `unread`). */
function unreadUnreadable(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'readAt' in raw && raw.readAt === null;
}

/**
 * The notifications in `raw` that this client can read, with the unread count less those it left
 * out (they are not shown, so the bell does not count them); null when the answer is not a list at all.
 */
export function parseNotificationList(raw: unknown): NotificationList | null {
  const loose = LooseNotificationList.safeParse(raw);
  if (!loose.success) return null;
  const notifications: Notification[] = [];
  let skippedUnread = 0;
  for (const item of loose.data.notifications) {
    const parsed = Notification.safeParse(item);
    if (parsed.success) notifications.push(parsed.data);
    else if (unreadUnreadable(item)) skippedUnread++;
  }
  return { notifications, unread: Math.max(0, loose.data.unread - skippedUnread) };
}
