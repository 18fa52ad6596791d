/**
 * An invited drafter adds an item to the entity's draft package: a general remark on one of the
 * round's documents (or a section of it), or one of the entity's draft amendments on such a document,
 * which is then submitted with the package and no longer on its own.
 */
import type { z } from 'zod';
import type { CreateItemRequest } from '../../../shared/api/contributions.js';
import { canAddItem } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import type { NewItem } from '../../repositories/contributionItems.js';
import { findVisibleAmendment } from '../amendments/findAmendment.js';
import { newId } from '../ids.js';
import type { ContributionDeps } from './deps.js';
import { findVisibleContribution, requireDraftInOpenRound, type FoundContribution } from './findContribution.js';
import { checkSection, checkUnit, roundDocument } from './itemTargets.js';

/** The new item's id. */
export function addItem(
  deps: ContributionDeps,
  { actor, contributionId, request }: { actor: Actor; contributionId: string; request: z.output<typeof CreateItemRequest> },
): string {
  const found = findVisibleContribution(deps, actor, contributionId);
  requireDraftInOpenRound(found);
  if (!canAddItem(actor, found.roundFacts, found.facts)) throw forbidden("Only the entity's drafters add items to its contribution.");
  checkUnit(deps, found.contribution.entityId, request.unitId);
  const at = deps.clock.now();
  const item = request.kind === 'remark' ? remarkItem(deps, found, actor, request, at) : amendmentItem(deps, found, actor, request, at);
  deps.db.transaction(() => {
    if (item.amendmentId !== null && deps.items.livePackageOfAmendment(item.amendmentId)) throw alreadyInContribution();
    deps.items.insert(item);
    // What was added and where, never its text (the admin reads the audit log; the draft is the entity's).
    deps.audit.record({
      userId: actor.userId,
      action: 'contribution_item.added',
      subject: `contribution-item:${item.id}`,
      detail: { contributionId, kind: item.kind, amendmentId: item.amendmentId, documentId: item.documentId, sectionId: item.sectionId, unitId: item.unitId },
      at,
    });
  }).immediate();
  return item.id;
}

const alreadyInContribution = () => conflict('already_in_contribution', 'This amendment is already an item of a contribution.');

/** A remark: on one of the round's documents, a section of it or the whole, in the author's name. */
function remarkItem(
  deps: ContributionDeps,
  found: FoundContribution,
  actor: Actor,
  request: Extract<z.output<typeof CreateItemRequest>, { kind: 'remark' }>,
  at: number,
): NewItem {
  const document = roundDocument(deps, found.round, request.documentId);
  checkSection(document, request.sectionId);
  return {
    id: newId(),
    contributionId: found.contribution.id,
    kind: 'remark',
    amendmentId: null,
    documentId: document.id,
    sectionId: request.sectionId,
    unitId: request.unitId,
    body: request.body,
    authorUserId: actor.userId,
    at,
  };
}

/**
 * An amendment: a draft of this entity on one of the round's documents, in no package yet. Its
 * section and author are the amendment's.
 */
function amendmentItem(
  deps: ContributionDeps,
  found: FoundContribution,
  actor: Actor,
  request: Extract<z.output<typeof CreateItemRequest>, { kind: 'amendment' }>,
  at: number,
): NewItem {
  const { amendment } = findVisibleAmendment(deps.amendment, actor, request.amendmentId);
  if (amendment.entityId !== found.contribution.entityId) {
    throw ruleBroken('not_own_amendment', "Only your own entity's amendments can be items of its contribution.");
  }
  if (amendment.status !== 'draft') {
    throw conflict('amendment_not_draft', `This amendment is ${amendment.status}; only a draft can be added to a contribution.`);
  }
  roundDocument(deps, found.round, amendment.documentId);
  // One live package at a time: a draft one in an open round, or the submitted one it went out in.
  if (deps.items.livePackageOfAmendment(amendment.id)) throw alreadyInContribution();
  return {
    id: newId(),
    contributionId: found.contribution.id,
    kind: 'amendment',
    amendmentId: amendment.id,
    documentId: amendment.documentId,
    sectionId: amendment.sectionId,
    unitId: request.unitId,
    body: '',
    authorUserId: amendment.authorUserId,
    at,
  };
}
