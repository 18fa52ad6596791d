/**
 * A round as the API shows it to one viewer. The round's leads see every invited entity (its deadline,
 * extension with the reason, submission); an invited entity sees only its own entry: another
 * entity's extension or submission time is between that entity and the leads. A package's id goes
 * only to whoever may open it (its own entity; the round's leads once submitted).
 */
import type { RoundSummary } from '../../../shared/api/contributions.js';
import { canCloseRound, canSeeContribution, isInvited, isRoundLead } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { deadlineFor, type RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionDeps } from './deps.js';
import { contributionFacts } from './findContribution.js';
import { roundFacts } from './findRound.js';

/** The round's summary for this viewer (who may see it: the caller checked). */
export function presentRound(deps: Pick<ContributionDeps, 'contributions'>, actor: Actor, round: RoundRecord): RoundSummary {
  const facts = roundFacts(round);
  const contributions = deps.contributions.forRound(round.id);
  const lead = isRoundLead(actor, facts);
  return {
    id: round.id,
    title: round.title,
    instructions: round.instructions,
    documentIds: round.documentIds,
    status: round.status,
    deadlineAt: round.deadlineAt,
    createdAt: round.createdAt,
    createdByName: round.createdByName,
    closedAt: round.closedAt,
    entities: round.invited.filter((invited) => lead || invited.entityId === actor.entityId).map((invited) => {
      const contribution = contributions.find((candidate) => candidate.entityId === invited.entityId);
      const visible = contribution !== undefined && canSeeContribution(actor, facts, contributionFacts(round, contribution));
      return {
        entityId: invited.entityId,
        entityName: invited.entityName,
        deadlineAt: deadlineFor(round, invited.entityId),
        extension: invited.extension,
        submittedAt: contribution?.submittedAt ?? null,
        contributionId: visible ? contribution.id : null,
      };
    }),
    ownContributionId: isInvited(actor, facts) ? (contributions.find((candidate) => candidate.entityId === actor.entityId)?.id ?? null) : null,
    // `process`: the processing pages and the round's report; each remark is processed by its document's lead.
    may: { extend: lead && round.status === 'open', close: canCloseRound(actor, facts), process: lead },
  };
}
