/**
 * A package as the API shows it to one viewer (who may see it: the caller checked). Inside the entity
 * every item is listed, dropped ones too; the round's lead sees only the submitted, kept ones. An
 * amendment item's processing is its amendment's decision.
 */
import type { Contribution, ContributionItem, ItemProcessingView } from '../../../shared/api/contributions.js';
import type { AmendmentStatus } from '../../../shared/domain/amendmentRules.js';
import { canAddItem, canEditItem, canProcessItem, canReviewContribution, type ItemProcessing } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import type { ItemRecord } from '../../repositories/contributionItems.js';
import type { ContributionDeps } from './deps.js';
import { isInsideEntity, itemFacts, type FoundContribution } from './findContribution.js';

/** How an amendment's decision counts as processing of its item. */
const PROCESSING_OF_DECISION: Partial<Record<AmendmentStatus, ItemProcessing>> = {
  accepted: 'processed',
  accepted_modified: 'partly_processed',
  rejected: 'not_processed',
};

/** An item's processing: the lead's for a remark, the amendment's decision for an amendment. */
export function processingOf(item: ItemRecord, amendment: AmendmentRecord | null): ItemProcessingView | null {
  if (item.kind === 'amendment') {
    const processing = amendment ? PROCESSING_OF_DECISION[amendment.status] : undefined;
    if (!amendment || processing === undefined) return null;
    return { processing, reason: amendment.decisionReason || null, byName: amendment.decidedByName, at: amendment.decidedAt };
  }
  if (item.processing === null) return null;
  return { processing: item.processing, reason: item.processingReason, byName: item.processedByName, at: item.processedAt };
}

/** The items the viewer may see, each with its amendment (null for a remark). */
export function visibleItems(
  deps: Pick<ContributionDeps, 'items' | 'amendment'>,
  actor: Actor,
  found: FoundContribution,
): { item: ItemRecord; amendment: AmendmentRecord | null }[] {
  const inside = isInsideEntity(actor, found.contribution);
  return deps.items
    .forContribution(found.contribution.id)
    .filter((item) => inside || !item.dropped)
    .map((item) => ({ item, amendment: item.amendmentId === null ? null : deps.amendment.amendments.get(item.amendmentId) }));
}

/** The package for this viewer. */
export function presentContribution(deps: Pick<ContributionDeps, 'items' | 'amendment' | 'dossier'>, actor: Actor, found: FoundContribution): Contribution {
  const { round, contribution, roundFacts, facts } = found;
  const review = canReviewContribution(actor, roundFacts, facts);
  const items = visibleItems(deps, actor, found).map(({ item, amendment }): ContributionItem => ({
    id: item.id,
    kind: item.kind,
    documentId: item.documentId,
    sectionId: item.sectionId,
    unitId: item.unitId,
    unitName: item.unitName,
    body: item.body,
    amendment: amendment
      ? { id: amendment.id, title: amendment.title, status: amendment.status, number: amendment.number, decisionReason: amendment.decisionReason }
      : null,
    authorUserId: item.authorUserId,
    authorName: item.authorName,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    dropped: item.dropped,
    processing: processingOf(item, amendment),
    may: {
      edit: canEditItem(actor, roundFacts, facts, itemFacts(round, item)),
      review,
      process: canProcessItem(actor, roundFacts, facts, itemFacts(round, item)),
    },
  }));
  return {
    id: contribution.id,
    roundId: round.id,
    roundTitle: round.title,
    entityId: contribution.entityId,
    entityName: contribution.entityName,
    status: contribution.status,
    coverNote: contribution.coverNote,
    updatedAt: contribution.updatedAt,
    deadlineAt: facts.deadlineAt,
    submittedAt: contribution.submittedAt,
    submittedByName: contribution.submittedByName,
    units: deps.dossier
      .entities()
      .filter((entity) => entity.parentId === contribution.entityId)
      .map((entity) => ({ id: entity.id, name: entity.name })),
    items,
    // The coordinator may always try: a late or empty package is refused with the reason, which the page shows.
    may: { addItem: canAddItem(actor, roundFacts, facts), review, submit: review },
  };
}
