/** Server errors about comments as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { apiErrorMessage } from '../apiErrorMessage.js';

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
export const commentErrorMessage = apiErrorMessage(MESSAGES);
