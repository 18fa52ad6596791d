/** The notifications API as typed functions; answers are read tolerantly (notificationList.ts). */
import { ApiError, send, type HttpMethod } from '../api.js';
import type { NotificationList } from '../../shared/api/notifications.js';
import { parseNotificationList } from './notificationList.js';

async function requestList(method: HttpMethod, path: string, body?: unknown): Promise<NotificationList> {
  const response = await send(method, path, body);
  const list = parseNotificationList(await response.json().catch(() => null));
  if (list === null) throw new ApiError(response.status, 'invalid_response', `unexpected answer from ${path}`);
  return list;
}

/** The signed-in user's notifications, newest first, with the unread count. */
export async function fetchNotifications(): Promise<NotificationList> {
  return requestList('GET', '/api/notifications');
}

/** Marks some of the user's notifications read (all of them without `ids`); answers the list after. */
export async function markNotificationsRead(ids?: readonly number[]): Promise<NotificationList> {
  return requestList('POST', '/api/notifications/read', ids === undefined ? {} : { ids });
}
