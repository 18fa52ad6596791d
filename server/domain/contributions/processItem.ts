/**
 * The lead of a remark's document processes a submitted, kept remark: verwerkt, deels verwerkt or niet
 * verwerkt, with a reason unless processed as proposed. A later call revises it; each is audited and
 * told to the entity's coordinators (and leads) and the remark's author. (An amendment item is
 * processed by deciding its amendment.)
 */
import type { ItemProcessing } from '../../../shared/domain/contributionRules.js';
import { canProcessItem, isRoundLead, processingNeedsReason } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleItem, itemFacts } from './findContribution.js';
import { contributionLink, coordinatorsOf } from './recipients.js';

/** The id of the package the item is in. */
export function processItem(
  deps: ContributionDeps,
  { actor, itemId, processing, reason }: { actor: Actor; itemId: string; processing: ItemProcessing; reason: string },
): string {
  const found = findVisibleItem(deps, actor, itemId);
  const { item } = found;
  if (!isRoundLead(actor, found.roundFacts)) throw forbidden("Only the round's lead processes contributions.");
  if (found.contribution.status !== 'submitted') throw conflict('not_submitted', 'This contribution has not been submitted yet.');
  if (item.kind === 'amendment') {
    throw ruleBroken('amendment_item', 'An amendment item is processed by deciding its amendment (accepted, accepted as modified, rejected).');
  }
  if (item.dropped) throw conflict('item_dropped', 'This item was dropped by its coordinator and not submitted.');
  const facts = itemFacts(found.round, item);
  if (!canProcessItem(actor, found.roundFacts, found.facts, facts)) {
    const document = deps.dossier.document(item.documentId);
    throw forbidden(`Only the lead of ${document?.short ?? item.documentId} processes the remarks on it.`);
  }
  const trimmed = reason.trim();
  if (processingNeedsReason(processing) && trimmed === '') {
    throw ruleBroken('reason_required', 'Say why this remark was only partly processed or not processed.');
  }
  const at = deps.clock.now();
  deps.db.transaction(() => {
    deps.items.process(item.id, { processing, reason: trimmed === '' ? null : trimmed, by: actor.userId }, at);
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_item.processed',
      subject: `contribution-item:${item.id}`,
      detail: { processing, reason: trimmed, previous: item.processing },
      at,
    });
    deps.notifications.notify({
      userIds: [...coordinatorsOf(deps, found.contribution.entityId), item.authorUserId],
      kind: 'item_processed',
      subject: `contribution-item:${item.id}`,
      params: { round: found.round.title, processing: `@round.processing.${processing}` },
      link: contributionLink(found.contribution.id),
      at,
    });
  }).immediate();
  return item.contributionId;
}
