/** The notifications API as typed functions, answers checked against the shared schemas. */
import { NotificationList } from '../../shared/api/notifications.js';
import { request } from '../api.js';

/** The signed-in user's notifications, newest first, with the unread count. */
export async function fetchNotifications(): Promise<NotificationList> {
  return request('GET', '/api/notifications', NotificationList);
}

/** Marks some of the user's notifications read (all of them without `ids`); answers the list after. */
export async function markNotificationsRead(ids?: readonly number[]): Promise<NotificationList> {
  return request('POST', '/api/notifications/read', NotificationList, ids === undefined ? {} : { ids });
}
