/**
 * The body's advisers change the general text of their draft advice. Given the `updatedAt` the
 * adviser last saw, a text a colleague saved since is not overwritten (edited_meanwhile).
 */
import type { Actor } from '../../../shared/domain/roles.js';
import { nextUpdatedAt } from '../editedMeanwhile.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { assertUnchangedSince } from './editStamp.js';
import { findAdvice, type AdviceContext } from './findAdvice.js';

/** What the adviser sends. */
export interface UpdateAdviceInput {
  actor: Actor;
  adviceId: string;
  generalText: string;
  /** The advice's `updatedAt` as the adviser last saw it; undefined: the last write wins. */
  expectedUpdatedAt?: number | undefined;
}

/** The advice after the change. */
export function updateAdvice(deps: AdviceDeps, { actor, adviceId, generalText, expectedUpdatedAt }: UpdateAdviceInput): AdviceContext {
  assertMayDraft(actor, findAdvice(deps, actor, adviceId));
  const at = deps.clock.now();
  deps.db.transaction(() => {
    // Read again inside the write transaction: no colleague's save slips in between the check and the write.
    const current = deps.advice.advice(adviceId);
    if (current?.status !== 'draft') throw notADraft();
    assertUnchangedSince('general text', current.updatedAt, expectedUpdatedAt);
    if (!deps.advice.updateGeneralText(adviceId, generalText, nextUpdatedAt(at, current.updatedAt))) throw notADraft();
    // The text itself stays out of the log: a draft is the body's own until submitted.
    deps.audit.record({ userId: actor.userId, action: 'advice.updated', subject: `advice:${adviceId}`, detail: { generalTextLength: generalText.length }, at });
  }).immediate();
  return findAdvice(deps, actor, adviceId);
}
