/** The lead closes an open round: its advice, if still a draft, can no longer be changed or submitted. */
import { canCloseAdviceRound } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { AdviceDeps } from './deps.js';
import { findAdviceRound, type AdviceContext } from './findAdvice.js';

const alreadyClosed = () => conflict('round_closed', 'This advice round is already closed.');

/** The closed round. */
export function closeAdviceRound(deps: AdviceDeps, { actor, roundId }: { actor: Actor; roundId: string }): AdviceContext {
  const context = findAdviceRound(deps, actor, roundId);
  if (context.round.status !== 'open') throw alreadyClosed();
  if (!canCloseAdviceRound(actor, context.roundFacts)) throw forbidden("Only the document's lead closes an advice round.");
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.advice.closeRound(roundId, actor.userId, at)) throw alreadyClosed();
    deps.audit.record({ userId: actor.userId, action: 'advice_round.closed', subject: `advice-round:${roundId}`, detail: { adviceStatus: context.advice.status }, at });
  }).immediate();
  return findAdviceRound(deps, actor, roundId);
}
