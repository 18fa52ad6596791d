/**
 * Looks up a round, an advice or a point as an actor may see it. Whatever the actor may not see
 * answers exactly like a wrong id, so a body's draft advice (its points, its very id) stays the body's.
 */
import { canSeeAdvice, canSeeAdviceRound, type AdviceFacts, type AdviceRoundFacts } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { notFound } from '../../errors.js';
import type { AdviceRecord, AdviceRoundRecord } from '../../repositories/advice.js';
import type { AdvicePointRecord } from '../../repositories/advicePoints.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { AdviceDeps } from './deps.js';

/** A round with its advice and document, and the facts the rules read. */
export interface AdviceContext {
  round: AdviceRoundRecord;
  advice: AdviceRecord;
  document: DocumentRecord;
  roundFacts: AdviceRoundFacts;
  adviceFacts: AdviceFacts;
}

/** The context of a stored round, or null when any part of it is missing. */
export function adviceContextOf(deps: Pick<AdviceDeps, 'advice' | 'dossier'>, round: AdviceRoundRecord | null): AdviceContext | null {
  if (!round) return null;
  const advice = deps.advice.adviceOfRound(round.id);
  const document = deps.dossier.document(round.documentId);
  if (!advice || !document) return null;
  return {
    round,
    advice,
    document,
    roundFacts: { status: round.status, document, bodyEntityId: round.bodyEntityId, deadlineAt: round.deadlineAt },
    adviceFacts: { entityId: advice.entityId, status: advice.status },
  };
}

/** The round, if the actor may see it; a 404 otherwise. */
export function findAdviceRound(deps: Pick<AdviceDeps, 'advice' | 'dossier'>, actor: Actor, roundId: string): AdviceContext {
  const context = adviceContextOf(deps, deps.advice.round(roundId));
  if (!context || !canSeeAdviceRound(actor, context.roundFacts, context.adviceFacts)) throw notFound('Advice round');
  return context;
}

/** The advice and its round, if the actor may see the advice; a 404 otherwise. */
export function findAdvice(deps: Pick<AdviceDeps, 'advice' | 'dossier'>, actor: Actor, adviceId: string): AdviceContext {
  const advice = deps.advice.advice(adviceId);
  const context = advice ? adviceContextOf(deps, deps.advice.round(advice.roundId)) : null;
  if (!context || context.advice.id !== adviceId || !canSeeAdvice(actor, context.roundFacts, context.adviceFacts)) throw notFound('Advice');
  return context;
}

/** The point and its advice, if the actor may see the advice; a 404 otherwise. */
export function findAdvicePoint(deps: Pick<AdviceDeps, 'advice' | 'dossier' | 'points'>, actor: Actor, pointId: string): AdviceContext & { point: AdvicePointRecord } {
  const point = deps.points.get(pointId);
  const advice = point ? deps.advice.advice(point.adviceId) : null;
  const context = advice ? adviceContextOf(deps, deps.advice.round(advice.roundId)) : null;
  if (!point || !context || context.advice.id !== point.adviceId || !canSeeAdvice(actor, context.roundFacts, context.adviceFacts)) {
    throw notFound('Advice point');
  }
  return { ...context, point };
}
