/** Failures of the notifications and admin requests as sentences a user can act on, in the interface language. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { apiErrorMessage } from '../apiErrorMessage.js';

/** The sentence of every error code the notifications and admin endpoints (and the client's own checks) give. */
export const NOTIFICATION_ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  network_error: 'notifications.error.network',
  unauthenticated: 'notifications.error.signedOut',
  forbidden: 'notifications.error.forbidden',
  validation_failed: 'notifications.error.validation',
  invalid_json: 'notifications.error.validation',
  invalid_response: 'notifications.error.invalidResponse',
};

/** The sentence for a failed notifications or admin request. */
export const notificationErrorMessage = apiErrorMessage(NOTIFICATION_ERROR_MESSAGES);
