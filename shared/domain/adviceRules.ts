/**
 * Advice rounds (adviesronde): who may open one, read the frozen version, draft, submit and answer
 * advice points. Pure rules: the server's operations and the client's buttons ask these, and unit
 * tests call them directly. Advisers never edit a text: these rules give them advice, nothing else.
 */
import type { DocumentAccessFacts } from './permissions.js';
import type { Actor } from './roles.js';
import { isOnTime, localOfInstant } from './deadlines.js';

/** An advice round is open until the lead closes it. */
export const ADVICE_ROUND_STATUSES = ['open', 'closed'] as const;
export type AdviceRoundStatus = (typeof ADVICE_ROUND_STATUSES)[number];

/** The body's advice is a draft inside the body until one of its advisers submits it as a whole. */
export const ADVICE_STATUSES = ['draft', 'submitted'] as const;
export type AdviceStatus = (typeof ADVICE_STATUSES)[number];

/** The lead's answer to a point: gevolgd, deels gevolgd, niet gevolgd. */
export const ADVICE_ANSWERS = ['followed', 'partly_followed', 'not_followed'] as const;
export type AdviceAnswer = (typeof ADVICE_ANSWERS)[number];

/** The facts about an advice round the rules need. */
export interface AdviceRoundFacts {
  status: AdviceRoundStatus;
  document: DocumentAccessFacts;
  /** The advisory body asked (an entity, e.g. `cpg`). */
  bodyEntityId: string;
  deadlineAt: number;
}

/** The facts about the body's advice the rules need. */
export interface AdviceFacts {
  entityId: string;
  status: AdviceStatus;
}

/** The document's lead opens advice rounds on it. */
export function canOpenAdviceRound(actor: Actor | null, document: DocumentAccessFacts): boolean {
  return actor !== null && actor.role === 'lead' && actor.entityId === document.leadEntityId;
}

/**
 * Written advice is due after the body has been consulted: a round's consultation (a calendar day,
 * `2026-01-28`) falls on or before its deadline's day in Brussels, not after it.
 */
export function isConsultationAfterDeadline(consultationDate: string, deadlineAt: number): boolean {
  // Dates as `yyyy-mm-dd` compare in calendar order.
  return consultationDate > localOfInstant(deadlineAt).date;
}

/** Whether the actor is one of the body's advisers. */
export function isAdviserOf(actor: Actor | null, round: AdviceRoundFacts): boolean {
  return actor !== null && actor.role === 'adviser' && actor.entityId === round.bodyEntityId;
}

/** Whether the actor leads the round's document (they run the round and answer the advice). */
export function isAdviceLead(actor: Actor | null, round: AdviceRoundFacts): boolean {
  return actor !== null && actor.role === 'lead' && actor.entityId === round.document.leadEntityId;
}

/**
 * The round (its question, dates and frozen version) is seen by its lead and the body's advisers,
 * and by every participant once the advice is in: the process is public to the dossier.
 */
export function canSeeAdviceRound(actor: Actor | null, round: AdviceRoundFacts, advice: AdviceFacts): boolean {
  if (actor === null) return false;
  return isAdviceLead(actor, round) || isAdviserOf(actor, round) || advice.status === 'submitted';
}

/** The advice (its points and general text) is the body's own until submitted; then the dossier's. */
export function canSeeAdvice(actor: Actor | null, round: AdviceRoundFacts, advice: AdviceFacts): boolean {
  if (actor === null) return false;
  if (isAdviserOf(actor, round) && actor.entityId === advice.entityId) return true;
  return advice.status === 'submitted';
}

/** The body's advisers co-draft while the advice is a draft and the round is open. */
export function canDraftAdvice(actor: Actor | null, round: AdviceRoundFacts, advice: AdviceFacts): boolean {
  return round.status === 'open' && advice.status === 'draft' && isAdviserOf(actor, round) && actor!.entityId === advice.entityId;
}

/** Why the advice cannot be submitted now, or null when it can. */
export type AdviceSubmitProblem = 'forbidden' | 'not_a_draft' | 'round_closed' | 'empty';

/**
 * One of the body's advisers submits the advice as a whole: at least one point or a general text.
 * Advice after its deadline is still taken (an advisory body is not turned away), marked late.
 */
export function adviceSubmitProblem(actor: Actor | null, round: AdviceRoundFacts, advice: AdviceFacts, points: number, generalText: string): AdviceSubmitProblem | null {
  if (!isAdviserOf(actor, round) || actor!.entityId !== advice.entityId) return 'forbidden';
  if (advice.status !== 'draft') return 'not_a_draft';
  if (round.status !== 'open') return 'round_closed';
  if (points === 0 && generalText.trim() === '') return 'empty';
  return null;
}

/** Whether advice submitted at `at` came after the round's deadline. */
export function isLate(at: number, round: AdviceRoundFacts): boolean {
  return !isOnTime(at, round.deadlineAt);
}

/** The document's lead answers the points of submitted advice (and may revise an answer). */
export function canAnswerPoint(actor: Actor | null, round: AdviceRoundFacts, advice: AdviceFacts): boolean {
  return isAdviceLead(actor, round) && advice.status === 'submitted';
}

/** An answer other than "followed" needs an explanation. */
export function answerNeedsExplanation(answer: AdviceAnswer): boolean {
  return answer !== 'followed';
}

/** The lead closes an open round. */
export function canCloseAdviceRound(actor: Actor | null, round: AdviceRoundFacts): boolean {
  return isAdviceLead(actor, round) && round.status === 'open';
}
