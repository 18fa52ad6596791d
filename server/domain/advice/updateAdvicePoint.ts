/**
 * Any of the body's advisers changes the text of a point while the advice is a draft (co-drafting).
 * Given the point's `updatedAt` the adviser last saw, a text a colleague saved since is not
 * overwritten (edited_meanwhile).
 */
import type { Actor } from '../../../shared/domain/roles.js';
import { notFound } from '../../errors.js';
import { nextUpdatedAt } from '../editedMeanwhile.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { assertUnchangedSince, touchAdvice } from './editStamp.js';
import { findAdvice, findAdvicePoint, type AdviceContext } from './findAdvice.js';

/** What the adviser sends. */
export interface UpdateAdvicePointInput {
  actor: Actor;
  pointId: string;
  body: string;
  /** The point's `updatedAt` as the adviser last saw it; undefined: the last write wins. */
  expectedUpdatedAt?: number | undefined;
}

/** The advice after the change. */
export function updateAdvicePoint(deps: AdviceDeps, { actor, pointId, body, expectedUpdatedAt }: UpdateAdvicePointInput): AdviceContext {
  const context = findAdvicePoint(deps, actor, pointId);
  assertMayDraft(actor, context);
  const at = deps.clock.now();
  deps.db.transaction(() => {
    // The advice's status and the point's stamp are read in the same transaction as the write:
    // no submission and no colleague's save slips in between.
    if (!touchAdvice(deps, context.advice.id, at)) throw notADraft();
    const current = deps.points.get(pointId);
    if (!current) throw notFound('Advice point');
    assertUnchangedSince('advice point', current.updatedAt, expectedUpdatedAt);
    if (!deps.points.updateBody(pointId, body, nextUpdatedAt(at, current.updatedAt))) throw notFound('Advice point');
    deps.audit.record({ userId: actor.userId, action: 'advice.point_updated', subject: `advice-point:${pointId}`, detail: { adviceId: context.advice.id }, at });
  }).immediate();
  return findAdvice(deps, actor, context.advice.id);
}
