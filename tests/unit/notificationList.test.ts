/** The client's tolerant reading of the notifications list: an unknown kind is left out, not fatal. */
import { describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/api/notifications.js';
import { parseNotificationList } from '../../client/notifications/notificationList.js';
import { NOTIFICATION_ERROR_MESSAGES } from '../../client/notifications/notificationErrors.js';
import { fr, nl } from '../../shared/i18n/strings.js';

const known = (id: number, readAt: number | null): Notification => ({
  id,
  kind: 'advice_received',
  subject: `advice-round:${id}`,
  params: { body: 'College van Procureurs-Generaal', version: 'Ontwerp' },
  link: `/advice-rounds/${id}`,
  createdAt: 1_757_000_000_000 + id,
  readAt,
});

describe('parseNotificationList', () => {
  it('keeps every notification of a known kind as it is', () => {
    const raw = { notifications: [known(2, null), known(1, 1_757_000_100_000)], unread: 1 };
    expect(parseNotificationList(raw)).toEqual(raw);
  });

  it('leaves out a notification of an unknown kind, and its unread count, and keeps the rest', () => {
    const future = { ...known(3, null), kind: 'round_reopened' };
    const futureRead = { ...known(4, 1_757_000_200_000), kind: 'round_reopened' };
    const list = parseNotificationList({ notifications: [futureRead, future, known(2, null), known(1, null)], unread: 3 });
    expect(list).toEqual({ notifications: [known(2, null), known(1, null)], unread: 2 });
  });

  it('leaves out a malformed notification without failing the list', () => {
    const list = parseNotificationList({ notifications: [null, 'x', { id: 'nine' }, known(1, null)], unread: 1 });
    expect(list).toEqual({ notifications: [known(1, null)], unread: 1 });
  });

  it('refuses an answer that is not a list at all', () => {
    expect(parseNotificationList(null)).toBeNull();
    expect(parseNotificationList({ notifications: 'none', unread: 0 })).toBeNull();
    expect(parseNotificationList({ notifications: [] })).toBeNull();
  });
});

describe('notification error sentences', () => {
  it('exist in Dutch and French for every code', () => {
    for (const [code, key] of Object.entries(NOTIFICATION_ERROR_MESSAGES)) {
      expect(nl[key], code).toBeTruthy();
      expect(fr[key], code).toBeTruthy();
      expect(fr[key], code).not.toBe(nl[key]);
    }
  });
});
