/** The round's lead closes it: nothing more can be added or submitted; processing what came in goes on. */
import { canCloseRound, isRoundLead } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleRound, roundFacts } from './findRound.js';

/** The closed round. */
export function closeRound(deps: ContributionDeps, { actor, roundId }: { actor: Actor; roundId: string }): RoundRecord {
  const round = findVisibleRound(deps, actor, roundId);
  const facts = roundFacts(round);
  if (!isRoundLead(actor, facts)) throw forbidden("Only the round's lead closes it.");
  if (!canCloseRound(actor, facts)) throw conflict('round_closed', 'This contribution round is already closed.');
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.rounds.close(round.id, actor.userId, at)) throw conflict('round_closed', 'This contribution round was closed meanwhile.');
    const unsubmitted = deps.contributions.forRound(round.id).filter((contribution) => contribution.status === 'draft');
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_round.closed',
      subject: `contribution-round:${round.id}`,
      detail: { unsubmittedEntityIds: unsubmitted.map((contribution) => contribution.entityId) },
      at,
    });
  }).immediate();
  return deps.rounds.get(round.id)!;
}
