/** Changes a draft's title and justification. */
import type { UpdateAmendmentRequest } from '../../../shared/api/amendments.js';
import { canEditAmendmentDetails } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import type { AmendmentDeps } from './deps.js';
import { findVisibleAmendment } from './findAmendment.js';

/**
 * What the audit keeps of the change: which fields and how long, never the draft's words (the admin
 * reads the audit log, and a draft stays its entity's).
 */
function draftDetail(request: UpdateAmendmentRequest): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request).flatMap(([field, value]) => (typeof value === 'string' ? [[`${field}Length`, value.length]] : [])));
}

/** The amendment after the change. */
export function updateAmendmentDetails(
  deps: AmendmentDeps,
  { actor, amendmentId, request }: { actor: Actor; amendmentId: string; request: UpdateAmendmentRequest },
): AmendmentRecord {
  const { amendment } = findVisibleAmendment(deps, actor, amendmentId);
  if (amendment.status !== 'draft') throw conflict('amendment_frozen', 'A submitted amendment can no longer be changed.');
  if (!canEditAmendmentDetails(actor, amendment)) throw forbidden('Only the drafting entity changes its amendment.');
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.amendments.updateDetails(amendmentId, request, at)) throw conflict('amendment_frozen', 'A submitted amendment can no longer be changed.');
    deps.audit.record({ userId: actor.userId, action: 'amendment.details_changed', subject: `amendment:${amendmentId}`, detail: draftDetail(request), at });
  }).immediate();
  return deps.amendments.get(amendmentId)!;
}
