/** Server errors about rounds and packages as sentences a user can act on, in the interface language. */
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { ApiError } from '../api.js';
import type { Translate } from '../i18n.js';

/**
 * The sentence of each code the contribution rounds API sends (a unit test reads the codes from the
 * server's source and checks each has one). `deadline_passed` and `deadline_not_later` name a
 * deadline when the page knows it (see ErrorContext).
 */
export const ROUND_ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'roundError.network',
  not_found: 'roundError.notFound',
  forbidden: 'roundError.forbidden',
  unauthenticated: 'roundError.signedOut',
  validation_failed: 'roundError.validation',
  invalid_json: 'roundError.validation',
  payload_too_large: 'roundError.payloadTooLarge',
  deadline_nonexistent: 'roundError.nonexistentTime',
  deadline_invalid: 'roundError.invalidDate',
  deadline_in_past: 'roundError.deadlineInPast',
  deadline_not_later: 'roundError.deadlineNotLater',
  deadline_too_far: 'roundError.deadlineTooFar',
  deadline_passed: 'roundError.deadlinePassed',
  round_closed: 'roundError.roundClosed',
  not_a_draft: 'roundError.notADraft',
  empty: 'roundError.empty',
  reason_required: 'roundError.reasonRequired',
  not_submitted: 'roundError.notSubmitted',
  already_in_contribution: 'roundError.alreadyAnItem',
  amendment_not_draft: 'roundError.amendmentNotDraft',
  not_own_amendment: 'roundError.amendmentNotDraft',
  amendment_empty: 'roundError.amendmentEmpty',
  amendment_item: 'roundError.amendmentItem',
  item_dropped: 'roundError.itemDropped',
  not_top_level: 'roundError.notTopLevel',
  unknown_unit: 'roundError.unknownUnit',
  unknown_section: 'roundError.unknownSection',
  unknown_entity: 'roundError.unknownEntity',
  unknown_document: 'roundError.unknownDocument',
  document_not_in_round: 'roundError.documentNotInRound',
  not_invited: 'roundError.notInvited',
  in_contribution: 'roundError.inContribution',
  in_round: 'roundError.inRound',
  edited_meanwhile: 'roundError.editedMeanwhile',
};

/** What a message may need to know beyond the error: the deadline that was missed, or that holds now. */
export interface ErrorContext {
  deadlineAt?: number;
}

/** The sentence for a failed request; unknown codes keep the server's own message. */
export function roundErrorMessage(error: unknown, t: Translate, context: ErrorContext = {}): string {
  if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
  if (context.deadlineAt !== undefined) {
    const deadline = formatBelgianDateTime(context.deadlineAt);
    if (error.code === 'deadline_passed') return t('roundError.deadlinePassedAt', { deadline });
    if (error.code === 'deadline_not_later') return t('roundError.deadlineNotLaterThan', { deadline });
  }
  const key = ROUND_ERROR_MESSAGES[error.code];
  if (key === undefined) return t('app.error', { message: `${error.message} (${error.code})` });
  // A validation message names the field; keep it beside our sentence.
  return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
}
