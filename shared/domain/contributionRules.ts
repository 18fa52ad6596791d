/**
 * Contribution rounds (insteekronde): who may open, see, draft in, submit, extend and process, and
 * which status follows which. Pure rules: the server's operations and the client's buttons ask these,
 * and unit tests call them directly.
 */
import { isOnTime } from './deadlines.js';
import type { Actor } from './roles.js';

/** A round is open until the lead closes it; its deadline, not its status, stops packages. */
export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A package (an entity's contribution) is a draft inside the entity until its coordinator submits it. */
export const CONTRIBUTION_STATUSES = ['draft', 'submitted'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** What an item of a package is. */
export const ITEM_KINDS = ['amendment', 'remark'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How the lead processed a submitted item: verwerkt, deels verwerkt, niet verwerkt. */
export const ITEM_PROCESSINGS = ['processed', 'partly_processed', 'not_processed'] as const;
export type ItemProcessing = (typeof ITEM_PROCESSINGS)[number];

/** The facts about a round the rules need. */
export interface RoundFacts {
  status: RoundStatus;
  /**
   * The lead entities of the round's documents: their leads run the round together (see every
   * submitted package and the report, extend, close); each processes the remarks on its own document.
   */
  leadEntityIds: readonly string[];
  invitedEntityIds: readonly string[];
}

/** The facts about one entity's package the rules need. */
export interface ContributionFacts {
  entityId: string;
  status: ContributionStatus;
  /** The deadline that holds for this entity: the round's, or the lead's extension. */
  deadlineAt: number;
}

/** The facts about one item the rules need. */
export interface ItemFacts {
  kind: ItemKind;
  authorUserId: string;
  dropped: boolean;
  /** The entity that leads the item's document: its leads process the item. */
  documentLeadEntityId: string;
}

/** Roles that write items inside their entity. */
const DRAFTING_ROLES: ReadonlySet<Actor['role']> = new Set(['contributor', 'coordinator', 'lead']);

/** A `lead` opens rounds (on documents of which their entity leads at least one: see canOpenRoundOn). */
export function canOpenRound(actor: Actor | null): actor is Actor & { entityId: string } {
  return actor !== null && actor.role === 'lead' && actor.entityId !== null;
}

/**
 * A lead opens a round on one or both documents when their entity leads at least one of them; the
 * other document's lead then runs the round with them.
 */
export function canOpenRoundOn(actor: Actor | null, documentLeadEntityIds: readonly string[]): boolean {
  return canOpenRound(actor) && documentLeadEntityIds.includes(actor.entityId);
}

/** Whether the actor runs this round: a `lead` of an entity that leads one of its documents. */
export function isRoundLead(actor: Actor | null, round: RoundFacts): boolean {
  return actor !== null && actor.role === 'lead' && actor.entityId !== null && round.leadEntityIds.includes(actor.entityId);
}

/** Whether the actor's entity is invited (its coordinators and contributors take part). */
export function isInvited(actor: Actor | null, round: RoundFacts): actor is Actor & { entityId: string } {
  return actor !== null && actor.entityId !== null && round.invitedEntityIds.includes(actor.entityId) && DRAFTING_ROLES.has(actor.role);
}

/** The round is shown to whoever runs it and to the invited entities' drafters. */
export function canSeeRound(actor: Actor | null, round: RoundFacts): boolean {
  return isRoundLead(actor, round) || isInvited(actor, round);
}

/**
 * A package is seen by its own entity's drafters at all times; by the round's lead once submitted.
 * Before submission nothing of it is visible outside the entity, not even that it has items.
 */
export function canSeeContribution(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts): boolean {
  if (actor === null) return false;
  if (actor.entityId === contribution.entityId && DRAFTING_ROLES.has(actor.role)) return true;
  return contribution.status === 'submitted' && isRoundLead(actor, round);
}

/** Invited drafters add items to their entity's package while it is a draft and the round is open. */
export function canAddItem(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts): boolean {
  return (
    round.status === 'open' &&
    contribution.status === 'draft' &&
    isInvited(actor, round) &&
    actor.entityId === contribution.entityId
  );
}

/** An item is edited by its author, or reviewed (edited, dropped, kept) by the entity's coordinator. */
export function canEditItem(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts, item: ItemFacts): boolean {
  if (!canAddItem(actor, round, contribution)) return false;
  return actor!.userId === item.authorUserId || isCoordinator(actor);
}

/** An item is taken out of a draft package by whoever may edit it: its author or the coordinator. */
export function canRemoveItem(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts, item: ItemFacts): boolean {
  return canEditItem(actor, round, contribution, item);
}

/** The coordinator drops or keeps items, writes the cover note and submits. */
export function canReviewContribution(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts): boolean {
  return canAddItem(actor, round, contribution) && isCoordinator(actor);
}

/** Why a package cannot be submitted now, or null when it can. */
export type SubmitProblem = 'forbidden' | 'not_a_draft' | 'round_closed' | 'deadline_passed' | 'empty';

/**
 * The coordinator submits the entity's package, on time (the deadline to the second, or the lead's
 * extension for this entity), with at least one kept item.
 */
export function submitProblem(
  actor: Actor | null,
  round: RoundFacts,
  contribution: ContributionFacts,
  keptItems: number,
  now: number,
): SubmitProblem | null {
  if (actor === null || actor.entityId !== contribution.entityId || !isCoordinator(actor) || !isInvited(actor, round)) return 'forbidden';
  if (contribution.status !== 'draft') return 'not_a_draft';
  if (round.status !== 'open') return 'round_closed';
  if (!isOnTime(now, contribution.deadlineAt)) return 'deadline_passed';
  if (keptItems === 0) return 'empty';
  return null;
}

/** The round's lead extends the deadline for one invited entity that has not submitted yet. */
export function canExtendDeadline(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts): boolean {
  return isRoundLead(actor, round) && round.status === 'open' && contribution.status === 'draft';
}

/**
 * The lead of the remark's document processes each submitted, kept remark (an amendment item carries
 * its decision, taken by its document's lead).
 */
export function canProcessItem(actor: Actor | null, round: RoundFacts, contribution: ContributionFacts, item: ItemFacts): boolean {
  return (
    isRoundLead(actor, round) &&
    actor?.entityId === item.documentLeadEntityId &&
    contribution.status === 'submitted' &&
    item.kind === 'remark' &&
    !item.dropped
  );
}

/** A reason is required unless the item was processed as proposed. */
export function processingNeedsReason(processing: ItemProcessing): boolean {
  return processing !== 'processed';
}

/** The round's lead closes an open round (nothing more can be submitted, processing goes on). */
export function canCloseRound(actor: Actor | null, round: RoundFacts): boolean {
  return isRoundLead(actor, round) && round.status === 'open';
}

/** The entity's coordinator (a lead acting for their own entity counts as one). */
function isCoordinator(actor: Actor | null): boolean {
  return actor !== null && (actor.role === 'coordinator' || actor.role === 'lead');
}
