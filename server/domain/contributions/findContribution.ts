/**
 * Looks up a package, or one of its items, as an actor may see it. Before submission nothing of a
 * package is visible outside its entity: to anyone else it, and every item in it, is as absent as a
 * wrong id. Dropped items never leave the entity.
 */
import { canSeeContribution, type ContributionFacts, type ItemFacts, type RoundFacts } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, notFound } from '../../errors.js';
import type { ItemRecord } from '../../repositories/contributionItems.js';
import { deadlineFor, documentLeadOf, type RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionRecord } from '../../repositories/contributions.js';
import type { ContributionDeps } from './deps.js';
import { roundFacts } from './findRound.js';

/** A package with its round and the facts the rules need about both. */
export interface FoundContribution {
  round: RoundRecord;
  contribution: ContributionRecord;
  roundFacts: RoundFacts;
  facts: ContributionFacts;
}

/** The facts the rules need about a package (its deadline: the round's or the entity's extension). */
export function contributionFacts(round: RoundRecord, contribution: ContributionRecord): ContributionFacts {
  return { entityId: contribution.entityId, status: contribution.status, deadlineAt: deadlineFor(round, contribution.entityId) };
}

/** The facts the rules need about an item (its document's lead: the round's documents know it). */
export function itemFacts(round: RoundRecord, item: ItemRecord): ItemFacts {
  // An item's document is always one of its round's; an empty lead would let nobody process it.
  const documentLeadEntityId = documentLeadOf(round, item.documentId) ?? '';
  return { kind: item.kind, authorUserId: item.authorUserId, dropped: item.dropped, documentLeadEntityId };
}

/** Whether the actor sees the package from inside its entity (its drafts, its dropped items). */
export function isInsideEntity(actor: Actor, contribution: Pick<ContributionRecord, 'entityId'>): boolean {
  return actor.entityId === contribution.entityId;
}

/** The package as the actor may see it, or null. */
function visibleContribution(deps: Pick<ContributionDeps, 'rounds' | 'contributions'>, actor: Actor, contributionId: string): FoundContribution | null {
  const contribution = deps.contributions.get(contributionId);
  const round = contribution ? deps.rounds.get(contribution.roundId) : null;
  if (!contribution || !round) return null;
  const found = { round, contribution, roundFacts: roundFacts(round), facts: contributionFacts(round, contribution) };
  return canSeeContribution(actor, found.roundFacts, found.facts) ? found : null;
}

/** The package, or a 404 that says the same whether it exists or is hidden. */
export function findVisibleContribution(deps: Pick<ContributionDeps, 'rounds' | 'contributions'>, actor: Actor, contributionId: string): FoundContribution {
  const found = visibleContribution(deps, actor, contributionId);
  if (!found) throw notFound('Contribution');
  return found;
}

/** An item with its package, or a 404 (another entity's package, or an item dropped inside another entity). */
export function findVisibleItem(
  deps: Pick<ContributionDeps, 'rounds' | 'contributions' | 'items'>,
  actor: Actor,
  itemId: string,
): FoundContribution & { item: ItemRecord } {
  const item = deps.items.get(itemId);
  const found = item ? visibleContribution(deps, actor, item.contributionId) : null;
  if (!item || !found || (item.dropped && !isInsideEntity(actor, found.contribution))) throw notFound('Contribution item');
  return { ...found, item };
}

/** Refuses a change to a package that is no longer being drafted: submitted, or its round closed. */
export function requireDraftInOpenRound(found: FoundContribution): void {
  if (found.contribution.status !== 'draft') {
    throw conflict('not_a_draft', 'This contribution has been submitted; it can no longer be changed.');
  }
  if (found.round.status !== 'open') throw conflict('round_closed', 'This contribution round is closed.');
}
