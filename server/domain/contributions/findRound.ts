/** Looks up a round as an actor may see it: a round the actor neither runs nor is invited to is as absent as a wrong id. */
import { canSeeRound, type RoundFacts } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { notFound } from '../../errors.js';
import { roundLeadEntityIds, type RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionDeps } from './deps.js';

/** The facts the rules need about a round. */
export function roundFacts(round: RoundRecord): RoundFacts {
  return { status: round.status, leadEntityIds: roundLeadEntityIds(round), invitedEntityIds: round.invited.map((entity) => entity.entityId) };
}

/** The round, or a 404 that says the same whether it exists or is hidden. */
export function findVisibleRound(deps: Pick<ContributionDeps, 'rounds'>, actor: Actor, roundId: string): RoundRecord {
  const round = deps.rounds.get(roundId);
  if (!round || !canSeeRound(actor, roundFacts(round))) throw notFound('Contribution round');
  return round;
}
