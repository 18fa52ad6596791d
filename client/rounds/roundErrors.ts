/** Server errors about rounds and packages as sentences a user can act on, in the interface language. */
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { ApiError } from '../api.js';
import type { Translate } from '../i18n.js';

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'roundError.network',
  not_found: 'roundError.notFound',
  forbidden: 'roundError.forbidden',
  validation_failed: 'roundError.validation',
  deadline_nonexistent: 'roundError.nonexistentTime',
  deadline_invalid: 'roundError.invalidDate',
  deadline_in_past: 'roundError.deadlineInPast',
  deadline_not_later: 'roundError.deadlineNotLater',
  round_closed: 'roundError.roundClosed',
  not_a_draft: 'roundError.notADraft',
  empty: 'roundError.empty',
  reason_required: 'roundError.reasonRequired',
  not_submitted: 'roundError.notSubmitted',
  already_in_contribution: 'roundError.alreadyAnItem',
  amendment_not_draft: 'roundError.amendmentNotDraft',
  not_own_amendment: 'roundError.amendmentNotDraft',
  amendment_empty: 'roundError.amendmentEmpty',
  item_dropped: 'roundError.itemDropped',
  not_top_level: 'roundError.notTopLevel',
};

/** What a message may need to know beyond the error: the deadline that was missed. */
export interface ErrorContext {
  deadlineAt?: number;
}

/** The sentence for a failed request; unknown codes keep the server's own message. */
export function roundErrorMessage(error: unknown, t: Translate, context: ErrorContext = {}): string {
  if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
  if (error.code === 'deadline_passed') {
    return context.deadlineAt === undefined
      ? t('roundError.deadlinePassed')
      : t('roundError.deadlinePassedAt', { deadline: formatBelgianDateTime(context.deadlineAt) });
  }
  const key = MESSAGES[error.code];
  if (key === undefined) return t('app.error', { message: `${error.message} (${error.code})` });
  // A validation message names the field; keep it beside our sentence.
  return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
}
