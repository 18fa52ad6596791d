/** The header's bell: a link to the notifications page whose name says how many are unread. */
import { useEffect } from 'preact/hooks';
import { Link } from '../components/Link.js';
import type { Translate } from '../i18n.js';
import { useT } from '../i18n.js';
import { useStore } from '../store.js';
import { notificationsStore, watchNotifications } from './notificationStore.js';

/** The bell's accessible name: "Meldingen (2 ongelezen)". */
export function bellLabel(t: Translate, unread: number): string {
  return unread === 0 ? t('notifications.bellNone') : t('notifications.bell', { count: unread });
}

/** The bell for the signed-in user; it keeps their notifications fresh while it is shown. */
export function NotificationBell({ userId }: { userId: string }) {
  const t = useT();
  const state = useStore(notificationsStore);
  useEffect(() => watchNotifications(userId), [userId]);
  const unread = state.userId === userId ? (state.list?.unread ?? 0) : 0;
  return (
    <Link href="/notifications" class={unread > 0 ? 'notification-bell has-unread' : 'notification-bell'} aria-label={bellLabel(t, unread)}>
      <svg class="notification-bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 && (
        <span class="notification-count" aria-hidden="true" data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
