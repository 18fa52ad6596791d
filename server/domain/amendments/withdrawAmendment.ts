/**
 * The author (or the entity's coordinator) withdraws an amendment before it is decided; once it went
 * out in its entity's submitted package, only the coordinator does, and the audit names the package.
 */
import { canWithdrawAmendment, isOpen } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import { amendmentView } from './amendmentViews.js';
import type { AmendmentDeps } from './deps.js';
import { findVisibleAmendment } from './findAmendment.js';

/** The withdrawn amendment, its changes frozen as they stood. */
export function withdrawAmendment(deps: AmendmentDeps, { actor, amendmentId }: { actor: Actor; amendmentId: string }): AmendmentRecord {
  const { amendment } = findVisibleAmendment(deps, actor, amendmentId);
  if (!isOpen(amendment.status)) throw conflict('already_closed', `This amendment is already ${amendment.status}.`);
  if (!canWithdrawAmendment(actor, amendment)) {
    throw forbidden(
      amendment.submittedWith
        ? "It went out in your entity's contribution: only your entity's coordinator withdraws it."
        : "Only its author or its entity's coordinator withdraws an amendment.",
    );
  }
  const changes = JSON.stringify(amendmentView(deps, actor, amendment).changes);
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.amendments.withdraw(amendmentId, actor.userId, changes, at)) throw conflict('already_closed', 'This amendment is already closed.');
    deps.audit.record({
      userId: actor.userId,
      action: 'amendment.withdrawn',
      subject: `amendment:${amendmentId}`,
      ...(amendment.submittedWith ? { detail: { contributionId: amendment.submittedWith.contributionId } } : {}),
      at,
    });
  }).immediate();
  deps.amendmentIndex.forget(amendment);
  deps.recheckConnections();
  return deps.amendments.get(amendmentId)!;
}
