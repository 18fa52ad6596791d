/**
 * `/notifications`: what concerns the signed-in user, newest first; unread ones marked; each opens
 * what it is about (and is then read); "Alles gelezen" marks them all read.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../../shared/api/schemas.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { notificationErrorMessage } from '../notifications/notificationErrors.js';
import { NotificationItem } from '../notifications/NotificationItem.js';
import { markRead, notificationsStore, refreshNotifications } from '../notifications/notificationStore.js';
import { useStore } from '../store.js';

/** The page. */
export function NotificationsPage({ user }: { user: Me }) {
  const t = useT();
  const state = useStore(notificationsStore);
  const [markFailure, setMarkFailure] = useState<unknown>(null);
  useDocumentTitle(t('notifications.title'));
  useEffect(() => {
    void refreshNotifications(user.id);
  }, [user.id]);

  const list = state.userId === user.id ? state.list : null;
  const read = (ids?: readonly number[]) => {
    setMarkFailure(null);
    markRead(user.id, ids).catch((error: unknown) => setMarkFailure(error));
  };

  return (
    <main class="page notifications-page">
      <p class="breadcrumb">
        <Link href="/">{t('app.backToDossier')}</Link>
      </p>
      <div class="notifications-head">
        <h1>{t('notifications.title')}</h1>
        <button type="button" class="button-secondary" disabled={list === null || list.unread === 0} onClick={() => read()}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <p class="notifications-intro">{t('notifications.intro')}</p>
      {markFailure !== null && (
        <p class="form-error" role="alert">
          {t('notifications.markFailed', { message: notificationErrorMessage(markFailure, t) })}
        </p>
      )}
      {state.error !== null && state.userId === user.id && (
        <p class="form-error" role="alert">
          {t('notifications.loadFailed', { message: notificationErrorMessage(state.error, t) })}
        </p>
      )}
      {list === null ? (
        state.error === null && <p class="loading">{t('app.loading')}</p>
      ) : list.notifications.length === 0 ? (
        <p class="panel-empty">{t('notifications.empty')}</p>
      ) : (
        <ul class="notification-list" data-testid="notification-list">
          {list.notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onRead={(id) => read([id])} />
          ))}
        </ul>
      )}
    </main>
  );
}
