/** One notification in the list: its sentence (a link to what it is about) and its date, unread ones marked. */
import type { Notification } from '../../shared/api/notifications.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { notificationText } from '../../shared/i18n/notificationText.js';
import { languageStore, useT } from '../i18n.js';
import { interceptLinkClick } from '../router.js';
import { useStore } from '../store.js';

/** Props of NotificationItem. */
export interface NotificationItemProps {
  notification: Notification;
  /** Marks this one read (opening it does, too). */
  onRead(id: number): void;
}

/** A notification. */
export function NotificationItem({ notification, onRead }: NotificationItemProps) {
  const t = useT();
  const language = useStore(languageStore);
  const unread = notification.readAt === null;
  const sentence = notificationText(language, notification.kind, notification.params);
  const open = (event: MouseEvent) => {
    if (unread) onRead(notification.id);
    interceptLinkClick(event);
  };
  return (
    <li class={unread ? 'notification unread' : 'notification'} data-notification-id={notification.id} data-kind={notification.kind}>
      {unread && <span class="notification-unread">{t('notifications.unread')}</span>}
      {notification.link === null ? (
        <span class="notification-text">{sentence}</span>
      ) : (
        <a class="notification-text" href={notification.link} onClick={open}>
          {sentence}
        </a>
      )}
      <time class="notification-date" dateTime={new Date(notification.createdAt).toISOString()}>
        {formatBelgianDateTime(notification.createdAt)}
      </time>
      {unread && notification.link === null && (
        <button type="button" class="button-secondary notification-mark" onClick={() => onRead(notification.id)}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
