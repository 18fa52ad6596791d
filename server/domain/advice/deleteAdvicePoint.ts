/** Any of the body's advisers deletes a point while the advice is a draft; the others are renumbered. */
import type { Actor } from '../../../shared/domain/roles.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { touchAdvice } from './editStamp.js';
import { findAdvice, findAdvicePoint, type AdviceContext } from './findAdvice.js';

/** The advice without the point. */
export function deleteAdvicePoint(deps: AdviceDeps, { actor, pointId }: { actor: Actor; pointId: string }): AdviceContext {
  const context = findAdvicePoint(deps, actor, pointId);
  assertMayDraft(actor, context);
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!touchAdvice(deps, context.advice.id, at) || !deps.points.delete(pointId)) throw notADraft();
    deps.audit.record({ userId: actor.userId, action: 'advice.point_deleted', subject: `advice-point:${pointId}`, detail: { adviceId: context.advice.id }, at });
  }).immediate();
  return findAdvice(deps, actor, context.advice.id);
}
