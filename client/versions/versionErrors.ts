/** Server errors about versions as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { ApiError } from '../api.js';
import type { Translate } from '../i18n.js';

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'versions.error.network',
  not_found: 'versions.error.notFound',
  forbidden: 'versions.error.forbidden',
  validation_failed: 'versions.error.validation',
};

/** The sentence for a failed versions request; unknown codes keep the server's own message. */
export function versionErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
  const key = MESSAGES[error.code];
  if (key === undefined) return t('app.error', { message: `${error.message} (${error.code})` });
  return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
}
