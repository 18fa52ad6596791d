/**
 * The signed-in user's notifications, shared by the header's bell and the notifications page: polled
 * every 30 seconds and whenever the window regains focus or the tab becomes visible, and replaced by
 * the answer of a "mark read". Only the newest request's answer is kept, so a poll that was under way
 * while the user marked something read cannot bring the old unread count back.
 */
import type { NotificationList } from '../../shared/api/notifications.js';
import { handleUnauthenticated } from '../auth.js';
import { createStore } from '../store.js';
import { fetchNotifications, markNotificationsRead } from './notificationApi.js';

/** How often the bell asks for news. */
export const NOTIFICATION_POLL_MS = 30_000;

/** What is known of one user's notifications. */
export interface NotificationsState {
  userId: string | null;
  list: NotificationList | null;
  /** The last refresh's failure, cleared by the next success. */
  error: Error | null;
}

const EMPTY: NotificationsState = { userId: null, list: null, error: null };

/** The current user's notifications. */
export const notificationsStore = createStore<NotificationsState>(EMPTY);

let generation = 0;
/** Marks under way: a poll answered meanwhile might predate them, so polls wait until they are done. */
let marking = 0;

async function load(userId: string, fetchList: () => Promise<NotificationList>): Promise<void> {
  const current = ++generation;
  try {
    const list = await fetchList();
    if (current === generation) notificationsStore.set({ userId, list, error: null });
  } catch (error) {
    if (current !== generation) return;
    try {
      // A 401 ends the session (back to sign-in); anything else is rethrown and kept below.
      handleUnauthenticated(error);
    } catch {
      const failure = error instanceof Error ? error : new Error(String(error));
      const previous = notificationsStore.get();
      notificationsStore.set({ userId, list: previous.userId === userId ? previous.list : null, error: failure });
      throw failure;
    }
  }
}

/** Loads the user's notifications now; a failure is kept in the store (and not thrown). */
export async function refreshNotifications(userId: string): Promise<void> {
  if (marking > 0) return;
  await load(userId, fetchNotifications).catch(() => undefined);
}

/** Marks some (or, without ids, all) of the user's notifications read; throws when the server refuses. */
export async function markRead(userId: string, ids?: readonly number[]): Promise<void> {
  marking++;
  try {
    await load(userId, () => markNotificationsRead(ids));
  } finally {
    marking--;
  }
}

/** Keeps the user's notifications fresh until the returned function is called (on sign-out, it forgets them). */
export function watchNotifications(userId: string): () => void {
  if (notificationsStore.get().userId !== userId) notificationsStore.set({ ...EMPTY, userId });
  const refresh = () => {
    if (document.visibilityState === 'visible') void refreshNotifications(userId);
  };
  void refreshNotifications(userId);
  const timer = setInterval(refresh, NOTIFICATION_POLL_MS);
  addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', refresh);
  return () => {
    clearInterval(timer);
    removeEventListener('focus', refresh);
    document.removeEventListener('visibilitychange', refresh);
    generation++;
    notificationsStore.set(EMPTY);
  };
}
