/** Server errors about comments as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { ApiError } from '../api.js';
import type { Translate } from '../i18n.js';

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'comments.error.network',
  not_found: 'comments.error.notFound',
  forbidden: 'comments.error.forbidden',
  validation_failed: 'comments.error.validation',
  already_resolved: 'comments.error.alreadyResolved',
  not_resolved: 'comments.error.notResolved',
  thread_resolved: 'comments.error.threadResolved',
  anchor_unknown: 'comments.error.anchorUnknown',
  passage_empty: 'comments.error.passageEmpty',
};

/** The sentence for a failed comments request; unknown codes keep the server's own message. */
export function commentErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
  const key = MESSAGES[error.code];
  if (key === undefined) return t('app.error', { message: `${error.message} (${error.code})` });
  return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
}
