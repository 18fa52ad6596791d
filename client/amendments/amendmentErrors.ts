/** Server errors about amendments as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { ApiError } from '../api.js';
import type { Translate } from '../i18n.js';

/** The sentence of each code the amendments API sends (a unit test reads the codes from the server's source). */
export const AMENDMENT_ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'amendmentError.network',
  not_found: 'amendmentError.notFound',
  forbidden: 'amendmentError.forbidden',
  unauthenticated: 'amendmentError.signedOut',
  validation_failed: 'amendmentError.validation',
  invalid_json: 'amendmentError.validation',
  payload_too_large: 'amendmentError.tooLarge',
  in_contribution: 'amendmentError.inContribution',
  in_round: 'amendmentError.inRound',
  reason_required: 'amendmentError.reasonRequired',
  not_modified: 'amendmentError.notModified',
  modified_needs_accepted_modified: 'amendmentError.modifiedNeedsAcceptedModified',
  amendment_empty: 'amendmentError.empty',
  not_a_draft: 'amendmentError.notADraft',
  not_submitted: 'amendmentError.notSubmitted',
  already_decided: 'amendmentError.alreadyDecided',
  already_closed: 'amendmentError.alreadyClosed',
  amendment_frozen: 'amendmentError.frozen',
  merge_refused: 'amendmentError.mergeRefused',
  passage_deleted: 'amendmentError.passageDeleted',
  too_many_drafts: 'amendmentError.tooManyDrafts',
  passage_not_in_text: 'amendmentError.passageNotInText',
};

/** The sentence for a failed amendment request; unknown codes keep the server's own message. */
export function amendmentErrorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('app.error', { message: error instanceof Error ? error.message : String(error) });
  const key = AMENDMENT_ERROR_MESSAGES[error.code];
  if (key !== undefined) {
    // A validation message names the field; keep it beside our sentence.
    return error.code === 'validation_failed' ? `${t(key)} (${error.message})` : t(key);
  }
  return t('app.error', { message: `${error.message} (${error.code})` });
}
