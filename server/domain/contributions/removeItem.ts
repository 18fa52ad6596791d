/**
 * Takes an item out of a draft package (its author or the entity's coordinator, while the round is
 * open). A remark is gone; an amendment item's amendment stays a draft of the entity, free to be added
 * again (or, once no open round holds it, submitted on its own).
 */
import { canRemoveItem } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden, notFound } from '../../errors.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleItem, itemFacts, requireDraftInOpenRound } from './findContribution.js';

/** The id of the package the item was in. */
export function removeItem(deps: ContributionDeps, { actor, itemId }: { actor: Actor; itemId: string }): string {
  const found = findVisibleItem(deps, actor, itemId);
  const { item } = found;
  requireDraftInOpenRound(found);
  if (!canRemoveItem(actor, found.roundFacts, found.facts, itemFacts(found.round, item))) {
    throw forbidden("Only the item's author or the entity's coordinator removes it.");
  }
  const at = deps.clock.now();
  deps.db.transaction(() => {
    // The package may have been submitted since it was read: its items are then fixed.
    if (deps.contributions.get(item.contributionId)?.status !== 'draft') {
      throw conflict('not_a_draft', 'This contribution was submitted meanwhile.');
    }
    if (!deps.items.delete(item.id)) throw notFound('Contribution item');
    // What it was, not what it said: the text stays inside the entity.
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_item.removed',
      subject: `contribution-item:${item.id}`,
      detail: { contributionId: item.contributionId, kind: item.kind, amendmentId: item.amendmentId, documentId: item.documentId, dropped: item.dropped },
      at,
    });
  }).immediate();
  return item.contributionId;
}
