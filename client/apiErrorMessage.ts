/**
 * Server errors as sentences a user can act on, in the interface language: each area (advice,
 * comments …) names its error codes' sentences; a code it does not know keeps the server's own
 * message, so nothing the server said is lost.
 */
import type { MessageKey } from '../shared/i18n/strings.js';
import { ApiError } from './api.js';
import type { Translate } from './i18n.js';

/** The function that words a failed request of an area whose codes have the sentences `messages`. */
export function apiErrorMessage(messages: Readonly<Record<string, MessageKey>>): (error: unknown, t: Translate) => string {
  return (error, t) => {
    if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
    const key = messages[error.code];
    if (key === undefined) return t('app.error', { message: `${error.message} (${error.code})` });
    // A validation message names the field; keep it beside our sentence.
    return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
  };
}
