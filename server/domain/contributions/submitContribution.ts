/**
 * The coordinator submits the entity's package, on time, as one whole: every kept amendment is
 * submitted with it (numbered and frozen, through the amendment's own submission), dropped ones stay
 * the entity's drafts. Everything that could refuse is checked before anything changes, so a refusal
 * changes nothing; the package, its amendments and the notice to the round's lead commit together.
 */
import { submitProblem, type SubmitProblem } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
import { AppError, conflict, forbidden, ruleBroken } from '../../errors.js';
import { amendmentView } from '../amendments/amendmentViews.js';
import { commitAmendmentSubmission, prepareAmendmentSubmission } from '../amendments/submitAmendment.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleContribution, type FoundContribution } from './findContribution.js';
import { contributionLink, roundLeadsOf } from './recipients.js';

/** The refusal for each reason the rules give. */
function refusal(problem: SubmitProblem, found: FoundContribution): AppError {
  switch (problem) {
    case 'forbidden':
      return forbidden("Only the entity's coordinator submits its contribution.");
    case 'not_a_draft':
      return conflict('not_a_draft', 'This contribution has already been submitted.');
    case 'round_closed':
      return conflict('round_closed', 'This contribution round is closed.');
    case 'deadline_passed':
      return conflict(
        'deadline_passed',
        `The deadline for this round passed on ${formatBelgianDateTime(found.facts.deadlineAt)} (Brussels time); ask the lead to extend it for your entity.`,
      );
    case 'empty':
      return ruleBroken('empty', 'This contribution has no kept items: add or keep at least one before submitting.');
  }
}

/** Submits the package; the ids of the amendments submitted with it. */
export function submitContribution(deps: ContributionDeps, { actor, contributionId }: { actor: Actor; contributionId: string }): string[] {
  const found = findVisibleContribution(deps, actor, contributionId);
  const items = deps.items.forContribution(contributionId);
  const kept = items.filter((item) => !item.dropped);
  const now = deps.clock.now();
  const problem = submitProblem(actor, found.roundFacts, found.facts, kept.length, now);
  if (problem) throw refusal(problem, found);

  const amendmentIds = kept.flatMap((item) => (item.amendmentId === null ? [] : [item.amendmentId]));
  for (const amendmentId of amendmentIds) {
    const amendment = deps.amendment.amendments.get(amendmentId)!;
    if (amendment.status !== 'draft') {
      throw conflict('amendment_not_draft', `Amendment "${amendment.title}" is ${amendment.status}, no longer a draft: drop it from the contribution first.`);
    }
    if (amendmentView(deps.amendment, actor, amendment).changes.length === 0) {
      throw ruleBroken('amendment_empty', `Amendment "${amendment.title}" changes nothing in the text yet: edit it, or drop it from the contribution.`);
    }
  }

  // Synchronous from here to the commit: no drafter's edit can reach a fork between its snapshot and its submission.
  const prepared = amendmentIds.map((amendmentId) => prepareAmendmentSubmission(deps.amendment, amendmentId));
  deps.db.transaction(() => {
    for (const submission of prepared) commitAmendmentSubmission(deps.amendment, submission, actor.userId, now);
    if (!deps.contributions.submit(contributionId, actor.userId, now)) throw conflict('not_a_draft', 'This contribution was submitted meanwhile.');
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution.submitted',
      subject: `contribution:${contributionId}`,
      // Ids only: the package's text stays in the package, not in the admin's audit log.
      detail: {
        roundId: found.round.id,
        itemIds: kept.map((item) => item.id),
        amendmentIds,
        droppedItemIds: items.filter((item) => item.dropped).map((item) => item.id),
      },
      at: now,
    });
    deps.notifications.notify({
      userIds: roundLeadsOf(deps, found.round),
      kind: 'contribution_submitted',
      subject: `contribution:${contributionId}`,
      params: { entity: found.contribution.entityName, round: found.round.title },
      link: contributionLink(contributionId),
      at: now,
    });
  }).immediate();
  deps.amendment.recheckConnections();
  return amendmentIds;
}
