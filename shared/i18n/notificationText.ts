/**
 * A notification's sentence in a language, shared by the in-app list and the outbox's mail. A param
 * written `@some.key` is itself a string of the dictionaries (a decision, a processing), so it is
 * translated too; dates come pre-formatted (formatBelgianDateTime), the same in both languages.
 */
import type { NotificationKind, NotificationParams } from '../api/notifications.js';
import { dictionaries, t, type Language, type MessageKey } from './strings.js';

/** The sentence for `kind` in `language`, filled from `params`. */
export function notificationText(language: Language, kind: NotificationKind, params: NotificationParams): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    filled[name] = typeof value === 'string' && value.startsWith('@') && isMessageKey(value.slice(1)) ? t(language, value.slice(1) as MessageKey) : value;
  }
  return t(language, `notification.${kind}`, filled);
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionaries.nl, key);
}
