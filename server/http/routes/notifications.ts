/** `/api/notifications`: the signed-in user's own notifications, and marking them read. */
import { Hono } from 'hono';
import { MarkReadRequest, type NotificationList } from '../../../shared/api/notifications.js';
import type { Services } from '../../services.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson } from '../validate.js';

/** How many notifications the list holds (the newest). */
export const NOTIFICATION_LIST_LIMIT = 100;

function listOf(services: Services, userId: string): NotificationList {
  return {
    notifications: services.notifications.listFor(userId, NOTIFICATION_LIST_LIMIT),
    unread: services.notifications.unreadCount(userId),
  };
}

/** The notification routes: only ever the session's own rows. */
export const notificationRoutes = new Hono<AppEnv>()
  .get('/notifications', (c) => {
    const { user } = requireSession(c);
    return c.json(listOf(c.var.services, user.id));
  })
  .post('/notifications/read', async (c) => {
    const { user } = requireSession(c);
    const { ids } = await readJson(c, MarkReadRequest);
    c.var.services.notifications.markRead(user.id, ids, c.var.services.clock.now());
    return c.json(listOf(c.var.services, user.id));
  });
