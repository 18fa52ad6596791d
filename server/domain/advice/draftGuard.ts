/** The check every change to a draft advice starts with: still a draft, round open, and one of the body's advisers. */
import { canDraftAdvice } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden } from '../../errors.js';
import type { AdviceContext } from './findAdvice.js';

/** The advice has been submitted: nothing of it changes any more. */
export const notADraft = () => conflict('not_a_draft', 'This advice has been submitted and can no longer be changed.');

/** Throws the reason the actor may not change this advice now (409 for its state, 403 for the actor). */
export function assertMayDraft(actor: Actor, context: AdviceContext): void {
  if (context.advice.status !== 'draft') throw notADraft();
  if (context.round.status !== 'open') throw conflict('round_closed', 'This advice round is closed.');
  if (!canDraftAdvice(actor, context.roundFacts, context.adviceFacts)) throw forbidden("Only the advisory body's advisers write its advice.");
}
