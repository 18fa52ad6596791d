/** Server errors about advice rounds as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { apiErrorMessage } from '../apiErrorMessage.js';

/** The sentence of every error code the advice endpoints send (a unit test reads the server's codes against it). */
export const ADVICE_ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'advice.error.network',
  unauthenticated: 'advice.error.signedOut',
  not_found: 'advice.error.notFound',
  forbidden: 'advice.error.forbidden',
  validation_failed: 'advice.error.validation',
  invalid_json: 'advice.error.invalidJson',
  payload_too_large: 'advice.error.tooLarge',
  not_a_draft: 'advice.error.notADraft',
  round_closed: 'advice.error.roundClosed',
  advice_empty: 'advice.error.empty',
  empty: 'advice.error.empty',
  explanation_required: 'advice.error.explanationRequired',
  not_submitted: 'advice.error.notSubmitted',
  anchor_unknown: 'advice.error.anchorUnknown',
  anchor_reversed: 'advice.error.anchorUnknown',
  passage_empty: 'advice.error.passageEmpty',
  section_mismatch: 'advice.error.sectionMismatch',
  deadline_invalid: 'advice.error.deadlineInvalid',
  deadline_nonexistent: 'advice.error.nonexistentTime',
  deadline_in_past: 'advice.error.deadlinePassed',
  deadline_too_far: 'advice.error.deadlineTooFar',
  consultation_after_deadline: 'advice.error.consultationAfterDeadline',
  body_unknown: 'advice.error.bodyUnknown',
  body_is_lead: 'advice.error.bodyIsLead',
  body_not_top_level: 'advice.error.bodyNotTopLevel',
  body_without_advisers: 'advice.error.bodyWithoutAdvisers',
  version_unknown: 'advice.error.versionUnknown',
  version_missing: 'advice.error.versionMissing',
  too_many_points: 'advice.error.tooManyPoints',
  link_unknown: 'advice.error.linkUnknown',
  point_missing: 'advice.error.pointMissing',
  edited_meanwhile: 'advice.error.editedMeanwhile',
};

/** The sentence for a failed advice request; unknown codes keep the server's own message. */
export const adviceErrorMessage = apiErrorMessage(ADVICE_ERROR_MESSAGES);
