/**
 * Who may do what with an amendment, and which status follows which. Pure rules: the server's
 * routes, its sync gate and the client's buttons all ask these, and unit tests call them directly.
 */
import type { DocumentAccessFacts } from './permissions.js';
import type { Actor } from './roles.js';

/** The life of an amendment. */
export const AMENDMENT_STATUSES = ['draft', 'submitted', 'accepted', 'accepted_modified', 'rejected', 'withdrawn'] as const;

/** One of the statuses above. */
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** What the lead may decide on a submitted amendment. */
export const AMENDMENT_DECISIONS = ['accepted', 'accepted_modified', 'rejected'] as const;

/** One of the decisions above. */
export type AmendmentDecision = (typeof AMENDMENT_DECISIONS)[number];

/** The facts about an amendment that the rules need. */
export interface AmendmentFacts {
  status: AmendmentStatus;
  entityId: string;
  authorUserId: string;
  /** Set once submitted: from then on it is public to the dossier, whatever follows. */
  submittedAt: number | null;
  /**
   * While a draft: the open contribution round that invites its entity and covers its document, where
   * the entity's package is still a draft. Its amendments on that document go through that package,
   * not alone, whether or not this one is an item of it yet.
   */
  heldBy?: { roundTitle: string } | null;
  /** The entity's submitted package it went out with, if any: its coordinator then answers for it. */
  submittedWith?: { contributionId: string } | null;
}

/**
 * Drafts one user may have open at once: far above what a drafter needs, low enough that nobody can
 * make the server hold thousands of fork rooms.
 */
export const MAX_OPEN_DRAFTS_PER_USER = 50;

/** Roles that draft amendments for their entity. */
const DRAFTING_ROLES: ReadonlySet<Actor['role']> = new Set(['contributor', 'coordinator', 'lead']);

/** Whether the actor leads this document (its lead entity's `lead` users). */
export function isDocumentLead(actor: Actor | null, document: DocumentAccessFacts): boolean {
  return actor !== null && actor.role === 'lead' && actor.entityId === document.leadEntityId;
}

/** Contributors, coordinators and leads belonging to an entity may start an amendment for it. */
export function canCreateAmendment(actor: Actor | null): actor is Actor & { entityId: string } {
  return actor !== null && actor.entityId !== null && DRAFTING_ROLES.has(actor.role);
}

/**
 * A draft (and a draft withdrawn before submission) is seen only inside its entity; once submitted
 * an amendment is visible to every participant of the dossier.
 */
export function canViewAmendment(actor: Actor | null, amendment: AmendmentFacts): boolean {
  if (actor === null) return false;
  if (amendment.submittedAt !== null) return true;
  return actor.entityId === amendment.entityId;
}

/**
 * Who may write in the amendment's text: its entity's drafters while it is a draft; once submitted
 * it is frozen for them, and only the document's lead may adjust it (to accept it as modified).
 */
export function canEditAmendmentText(actor: Actor | null, amendment: AmendmentFacts, document: DocumentAccessFacts): boolean {
  if (actor === null) return false;
  if (amendment.status === 'draft') return actor.entityId === amendment.entityId && DRAFTING_ROLES.has(actor.role);
  if (amendment.status === 'submitted') return isDocumentLead(actor, document);
  return false;
}

/** Title and justification: the drafters, while it is a draft. */
export function canEditAmendmentDetails(actor: Actor | null, amendment: AmendmentFacts): boolean {
  return actor !== null && amendment.status === 'draft' && actor.entityId === amendment.entityId && DRAFTING_ROLES.has(actor.role);
}

/** The entity's coordinator (or its lead users) submits a draft, unless an open round holds it. */
export function canSubmitAmendment(actor: Actor | null, amendment: AmendmentFacts): boolean {
  return amendment.status === 'draft' && !amendment.heldBy && isEntityCoordinator(actor, amendment.entityId);
}

/**
 * The author, or the entity's coordinator (or its lead users), may withdraw it before a decision;
 * once it went out in the entity's submitted package, only the coordinator: the package is theirs.
 */
export function canWithdrawAmendment(actor: Actor | null, amendment: AmendmentFacts): boolean {
  if (actor === null || !isOpen(amendment.status)) return false;
  if (isEntityCoordinator(actor, amendment.entityId)) return true;
  return !amendment.submittedWith && actor.userId === amendment.authorUserId;
}

/** Whether the actor answers for the entity's amendments: its coordinator, or a lead acting for it. */
function isEntityCoordinator(actor: Actor | null, entityId: string): boolean {
  return actor !== null && actor.entityId === entityId && (actor.role === 'coordinator' || actor.role === 'lead');
}

/** The document's lead decides a submitted amendment. */
export function canDecideAmendment(actor: Actor | null, amendment: AmendmentFacts, document: DocumentAccessFacts): boolean {
  return amendment.status === 'submitted' && isDocumentLead(actor, document);
}

/** Why a decision cannot be recorded as asked, or null when it can. */
export type DecisionProblem = 'reason_required' | 'modified_needs_accepted_modified' | 'not_modified';

/**
 * A rejection needs a reason, and so does an acceptance as modified. An amendment the lead has
 * adjusted can only be accepted as modified; one the lead has not adjusted cannot be.
 */
export function decisionProblem(decision: AmendmentDecision, reason: string, modifiedByLead: boolean): DecisionProblem | null {
  if ((decision === 'rejected' || decision === 'accepted_modified') && reason.trim() === '') return 'reason_required';
  if (decision === 'accepted' && modifiedByLead) return 'modified_needs_accepted_modified';
  if (decision === 'accepted_modified' && !modifiedByLead) return 'not_modified';
  return null;
}

/** Statuses whose changes are (or will be) part of the main text: merged ones. */
export function isMerged(status: AmendmentStatus): boolean {
  return status === 'accepted' || status === 'accepted_modified';
}

/** Statuses that still wait for something: a draft, or a submission awaiting a decision. */
export function isOpen(status: AmendmentStatus): boolean {
  return status === 'draft' || status === 'submitted';
}
