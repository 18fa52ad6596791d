/** The coordinator writes the cover note of the entity's draft package. */
import { canReviewContribution } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleContribution, requireDraftInOpenRound } from './findContribution.js';

/** Stores the cover note. */
export function updateContribution(deps: ContributionDeps, { actor, contributionId, coverNote }: { actor: Actor; contributionId: string; coverNote: string }): void {
  const found = findVisibleContribution(deps, actor, contributionId);
  requireDraftInOpenRound(found);
  if (!canReviewContribution(actor, found.roundFacts, found.facts)) throw forbidden("Only the entity's coordinator writes the cover note.");
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.contributions.updateCoverNote(contributionId, coverNote, at)) throw conflict('not_a_draft', 'This contribution was submitted meanwhile.');
    deps.audit.record({ userId: actor.userId, action: 'contribution.updated', subject: `contribution:${contributionId}`, detail: { coverNote }, at });
  }).immediate();
}
