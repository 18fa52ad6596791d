/** Any of the body's advisers changes the text of a point while the advice is a draft (co-drafting). */
import type { Actor } from '../../../shared/domain/roles.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { findAdvice, findAdvicePoint, type AdviceContext } from './findAdvice.js';

/** The advice after the change. */
export function updateAdvicePoint(deps: AdviceDeps, { actor, pointId, body }: { actor: Actor; pointId: string; body: string }): AdviceContext {
  const context = findAdvicePoint(deps, actor, pointId);
  assertMayDraft(actor, context);
  const at = deps.clock.now();
  deps.db.transaction(() => {
    // The advice's status is checked in the same transaction: no change slips in after a submission.
    if (!deps.advice.touch(context.advice.id, at) || !deps.points.updateBody(pointId, body, at)) throw notADraft();
    deps.audit.record({ userId: actor.userId, action: 'advice.point_updated', subject: `advice_point:${pointId}`, detail: { adviceId: context.advice.id }, at });
  }).immediate();
  return findAdvice(deps, actor, context.advice.id);
}
