/**
 * The audit log's action codes (`amendment.accepted`, `contribution.submitted` …) as words the admin
 * reads, in the interface language. A code without words here (a newer server) is shown as it is.
 */
import type { MessageKey } from '../../shared/i18n/strings.js';
import type { Translate } from '../i18n.js';

/** The words of every action the server records (a unit test reads the server's codes against it). */
export const AUDIT_ACTION_KEYS: Readonly<Record<string, MessageKey>> = {
  'amendment.created': 'admin.action.amendment.created',
  'amendment.details_changed': 'admin.action.amendment.details_changed',
  'amendment.submitted': 'admin.action.amendment.submitted',
  'amendment.withdrawn': 'admin.action.amendment.withdrawn',
  'amendment.accepted': 'admin.action.amendment.accepted',
  'amendment.accepted_modified': 'admin.action.amendment.accepted_modified',
  'amendment.rejected': 'admin.action.amendment.rejected',
  'comment.thread_created': 'admin.action.comment.thread_created',
  'comment.replied': 'admin.action.comment.replied',
  'comment.resolved': 'admin.action.comment.resolved',
  'comment.reopened': 'admin.action.comment.reopened',
  'version.created': 'admin.action.version.created',
  'contribution_round.opened': 'admin.action.contribution_round.opened',
  'contribution_round.deadline_extended': 'admin.action.contribution_round.deadline_extended',
  'contribution_round.closed': 'admin.action.contribution_round.closed',
  'contribution.updated': 'admin.action.contribution.updated',
  'contribution.submitted': 'admin.action.contribution.submitted',
  'contribution_item.added': 'admin.action.contribution_item.added',
  'contribution_item.updated': 'admin.action.contribution_item.updated',
  'contribution_item.removed': 'admin.action.contribution_item.removed',
  'contribution_item.dropped': 'admin.action.contribution_item.dropped',
  'contribution_item.kept': 'admin.action.contribution_item.kept',
  'contribution_item.processed': 'admin.action.contribution_item.processed',
  'advice_round.opened': 'admin.action.advice_round.opened',
  'advice_round.closed': 'admin.action.advice_round.closed',
  'advice.updated': 'admin.action.advice.updated',
  'advice.submitted': 'admin.action.advice.submitted',
  'advice.point_added': 'admin.action.advice.point_added',
  'advice.point_updated': 'admin.action.advice.point_updated',
  'advice.point_deleted': 'admin.action.advice.point_deleted',
  'advice.point_answered': 'admin.action.advice.point_answered',
};

/** The words for `action`; the code itself when it has none. */
export function auditActionLabel(action: string, t: Translate): string {
  const key = AUDIT_ACTION_KEYS[action];
  return key === undefined ? action : t(key);
}
