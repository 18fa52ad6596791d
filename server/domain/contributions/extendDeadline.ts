/**
 * The round's lead gives one invited entity that has not submitted yet a later deadline than the one
 * it has now (the round's, or an earlier extension), with the reason; recorded on the invitation
 * (who, when, why) and in the audit log, and told to the entity.
 */
import type { z } from 'zod';
import type { ExtendDeadlineRequest } from '../../../shared/api/contributions.js';
import { canExtendDeadline, isRoundLead } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import { deadlineFor, type RoundRecord } from '../../repositories/contributionRounds.js';
import { deadlineInstant } from '../deadlineInput.js';
import type { ContributionDeps } from './deps.js';
import { contributionFacts } from './findContribution.js';
import { findVisibleRound, roundFacts } from './findRound.js';
import { contributionLink, draftersOf } from './recipients.js';

/** The round after the extension. */
export function extendDeadline(
  deps: ContributionDeps,
  { actor, roundId, request }: { actor: Actor; roundId: string; request: z.output<typeof ExtendDeadlineRequest> },
): RoundRecord {
  const round = findVisibleRound(deps, actor, roundId);
  const facts = roundFacts(round);
  if (!isRoundLead(actor, facts)) throw forbidden("Only the round's lead extends deadlines.");
  const invited = round.invited.find((entity) => entity.entityId === request.entityId);
  const contribution = deps.contributions.forRound(round.id).find((candidate) => candidate.entityId === request.entityId);
  if (!invited || !contribution) throw ruleBroken('not_invited', `"${request.entityId}" is not invited to this round.`);
  if (round.status !== 'open') throw conflict('round_closed', 'This contribution round is closed.');
  if (contribution.status !== 'draft') throw conflict('not_a_draft', `${invited.entityName} has already submitted its contribution.`);
  if (!canExtendDeadline(actor, facts, contributionFacts(round, contribution))) throw forbidden();

  const at = deps.clock.now();
  const until = deadlineInstant(request.deadline, at);
  // An extension never shortens: it must end after the deadline the entity has now.
  const previous = deadlineFor(round, request.entityId);
  if (until <= previous) {
    throw ruleBroken(
      'deadline_not_later',
      `An extension must end after ${invited.entityName}'s current deadline, ${formatBelgianDateTime(previous)} (Brussels time).`,
    );
  }
  deps.db.transaction(() => {
    deps.rounds.extend(round.id, request.entityId, { until, by: actor.userId, reason: request.reason }, at);
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_round.deadline_extended',
      subject: `contribution-round:${round.id}`,
      detail: { entityId: request.entityId, contributionId: contribution.id, previous, until, reason: request.reason },
      at,
    });
    deps.notifications.notify({
      userIds: draftersOf(deps, request.entityId),
      kind: 'deadline_extended',
      subject: `contribution-round:${round.id}`,
      params: { round: round.title, entity: invited.entityName, deadline: formatBelgianDateTime(until) },
      link: contributionLink(contribution.id),
      at,
    });
  }).immediate();
  return deps.rounds.get(round.id)!;
}
