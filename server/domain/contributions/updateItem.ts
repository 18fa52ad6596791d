/**
 * Changes an item of a draft package: its author or the coordinator edits a remark's text, its
 * section or its unit (an amendment item's text and section are its amendment's); the coordinator
 * drops it (it stays inside the entity and is never submitted) or keeps it. An edit made on an item
 * that changed since the writer last saw it (`expectedUpdatedAt`) is refused: 409 `edited_meanwhile`.
 */
import type { z } from 'zod';
import type { UpdateItemRequest } from '../../../shared/api/contributions.js';
import { canEditItem, canReviewContribution } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { forbidden, notFound, ruleBroken } from '../../errors.js';
import type { ContributionDeps } from './deps.js';
import { editedMeanwhile, nextUpdatedAt } from '../editedMeanwhile.js';
import { findVisibleItem, itemFacts, requireDraftInOpenRound } from './findContribution.js';
import { checkSection, checkUnit, roundDocument } from './itemTargets.js';

/** The id of the package the item is in. */
export function updateItem(
  deps: ContributionDeps,
  { actor, itemId, request }: { actor: Actor; itemId: string; request: z.output<typeof UpdateItemRequest> },
): string {
  const found = findVisibleItem(deps, actor, itemId);
  const { item } = found;
  requireDraftInOpenRound(found);
  const edits = { body: request.body, sectionId: request.sectionId, unitId: request.unitId };
  const edited = Object.values(edits).some((value) => value !== undefined);
  if (request.dropped !== undefined && !canReviewContribution(actor, found.roundFacts, found.facts)) {
    throw forbidden("Only the entity's coordinator drops or keeps items.");
  }
  if (edited && !canEditItem(actor, found.roundFacts, found.facts, itemFacts(found.round, item))) {
    throw forbidden("Only the item's author or the entity's coordinator edits it.");
  }
  if (item.kind === 'amendment' && (edits.body !== undefined || edits.sectionId !== undefined)) {
    throw ruleBroken('amendment_item', "An amendment item's text and section are its amendment's: edit the amendment itself.");
  }
  if (edits.sectionId !== undefined) checkSection(roundDocument(deps, found.round, item.documentId), edits.sectionId);
  if (edits.unitId !== undefined) checkUnit(deps, found.contribution.entityId, edits.unitId);

  const subject = `contribution-item:${item.id}`;
  deps.db.transaction(() => {
    // Read again inside the write transaction: the check and the write see the same row.
    const current = deps.items.get(item.id);
    if (!current) throw notFound('Contribution item');
    if (request.expectedUpdatedAt !== undefined && current.updatedAt !== request.expectedUpdatedAt) throw editedMeanwhile('item');
    const at = nextUpdatedAt(deps.clock.now(), current.updatedAt);
    if (edited) {
      deps.items.update(item.id, edits, at);
      // Which fields changed, and the text's length: never the text, which stays inside the entity.
      const detail = {
        ...(edits.body === undefined ? {} : { bodyLength: edits.body.length, previousLength: current.body.length }),
        ...(edits.sectionId === undefined ? {} : { sectionId: edits.sectionId }),
        ...(edits.unitId === undefined ? {} : { unitId: edits.unitId }),
      };
      deps.audit.record({ userId: actor.userId, action: 'contribution_item.updated', subject, detail, at });
    }
    if (request.dropped !== undefined && request.dropped !== current.dropped) {
      deps.items.setDropped(item.id, request.dropped, actor.userId, at);
      deps.audit.record({ userId: actor.userId, action: request.dropped ? 'contribution_item.dropped' : 'contribution_item.kept', subject, at });
    }
  }).immediate();
  return item.contributionId;
}
