/** Server errors about advice rounds as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { apiErrorMessage } from '../apiErrorMessage.js';

const MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'advice.error.network',
  not_found: 'advice.error.notFound',
  forbidden: 'advice.error.forbidden',
  validation_failed: 'advice.error.validation',
  not_a_draft: 'advice.error.notADraft',
  round_closed: 'advice.error.roundClosed',
  advice_empty: 'advice.error.empty',
  empty: 'advice.error.empty',
  explanation_required: 'advice.error.explanationRequired',
  not_submitted: 'advice.error.notSubmitted',
  anchor_unknown: 'advice.error.anchorUnknown',
  anchor_reversed: 'advice.error.anchorUnknown',
  passage_empty: 'advice.error.passageEmpty',
  deadline_nonexistent: 'advice.error.nonexistentTime',
  deadline_in_past: 'advice.error.deadlinePassed',
  body_is_lead: 'advice.error.bodyIsLead',
  body_not_top_level: 'advice.error.bodyNotTopLevel',
  version_unknown: 'advice.error.versionUnknown',
  too_many_points: 'advice.error.tooManyPoints',
  link_unknown: 'advice.error.linkUnknown',
  point_missing: 'advice.error.pointMissing',
};

/** The sentence for a failed advice request; unknown codes keep the server's own message. */
export const adviceErrorMessage = apiErrorMessage(MESSAGES);
