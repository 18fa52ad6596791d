/**
 * The coordinator writes the cover note of the entity's draft package. Coordinators may write it
 * together: an edit made on a note that changed since the writer last saw it is refused (409
 * `edited_meanwhile`), so nobody's text is overwritten unseen.
 */
import { canReviewContribution } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { ContributionDeps } from './deps.js';
import { editedMeanwhile, nextUpdatedAt } from '../editedMeanwhile.js';
import { findVisibleContribution, requireDraftInOpenRound } from './findContribution.js';

/** What the coordinator sends. */
export interface CoverNoteEdit {
  actor: Actor;
  contributionId: string;
  coverNote: string;
  /** The package's `updatedAt` the writer last saw; absent: the edit is taken whatever changed since. */
  expectedUpdatedAt?: number | undefined;
}

/** Stores the cover note. */
export function updateContribution(deps: ContributionDeps, { actor, contributionId, coverNote, expectedUpdatedAt }: CoverNoteEdit): void {
  const found = findVisibleContribution(deps, actor, contributionId);
  requireDraftInOpenRound(found);
  if (!canReviewContribution(actor, found.roundFacts, found.facts)) throw forbidden("Only the entity's coordinator writes the cover note.");
  deps.db.transaction(() => {
    // Read again inside the write transaction: the check and the write see the same row.
    const current = deps.contributions.get(contributionId)!;
    if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) throw editedMeanwhile('cover note');
    const at = nextUpdatedAt(deps.clock.now(), current.updatedAt);
    if (!deps.contributions.updateCoverNote(contributionId, coverNote, at)) throw conflict('not_a_draft', 'This contribution was submitted meanwhile.');
    // Lengths only: the admin reads the audit log, and the draft's text stays inside the entity.
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution.updated',
      subject: `contribution:${contributionId}`,
      detail: { coverNoteLength: coverNote.length, previousLength: current.coverNote.length },
      at,
    });
  }).immediate();
}
