/** The body's advisers change the general text of their draft advice. */
import type { Actor } from '../../../shared/domain/roles.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { findAdvice, type AdviceContext } from './findAdvice.js';

/** The advice after the change. */
export function updateAdvice(deps: AdviceDeps, { actor, adviceId, generalText }: { actor: Actor; adviceId: string; generalText: string }): AdviceContext {
  assertMayDraft(actor, findAdvice(deps, actor, adviceId));
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.advice.updateGeneralText(adviceId, generalText, at)) throw notADraft();
    // The text itself stays out of the log: a draft is the body's own until submitted.
    deps.audit.record({ userId: actor.userId, action: 'advice.updated', subject: `advice:${adviceId}`, detail: { generalTextLength: generalText.length }, at });
  }).immediate();
  return findAdvice(deps, actor, adviceId);
}
