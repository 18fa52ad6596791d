/**
 * The body's advice in the API's shape: its points numbered in the order written, each anchored
 * point with its passage as the main text holds it now, each answer with the links the viewer sees.
 * The advice report reads a point's answer and passage through the same two functions.
 */
import type { Advice, AdvicePoint, AdvicePointAnswer } from '../../../shared/api/advice.js';
import { adviceSubmitProblem, canAnswerPoint, canDraftAdvice, isLate } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import type { AdvicePointRecord } from '../../repositories/advicePoints.js';
import type { AdviceDeps } from './deps.js';
import type { AdviceContext } from './findAdvice.js';
import type { PassageNow } from './passageNow.js';
import { passagesNow } from './passageNow.js';
import { presentLinks } from './pointLinks.js';

/** A point's answer with the links this actor sees, or null while it has none. */
export function presentAnswer(
  deps: Pick<AdviceDeps, 'amendments' | 'versions'>,
  actor: Actor,
  point: AdvicePointRecord,
): AdvicePointAnswer | null {
  if (point.answer === null || point.answeredAt === null) return null;
  return {
    answer: point.answer,
    explanation: point.answerExplanation ?? '',
    byName: point.answeredByName ?? '',
    at: point.answeredAt,
    links: presentLinks(deps, actor, point.links),
  };
}

/** A point's passage now: null for a general point; an anchored point whose room read found nothing for it reads as gone, never as unchanged. */
export function passageOf(point: Pick<AdvicePointRecord, 'anchor'>, now: PassageNow | undefined): PassageNow | null {
  if (point.anchor === null) return null;
  return now ?? { state: 'deleted', text: '' };
}

/** One point in the API's shape. */
export function presentAdvicePoint(
  deps: Pick<AdviceDeps, 'amendments' | 'versions'>,
  actor: Actor,
  context: AdviceContext,
  point: AdvicePointRecord,
  number: number,
  now: PassageNow | undefined,
): AdvicePoint {
  return {
    id: point.id,
    adviceId: point.adviceId,
    number,
    sectionId: point.sectionId,
    anchor: point.anchor,
    quote: point.quote,
    passageNow: passageOf(point, now)?.state ?? null,
    body: point.body,
    authorUserId: point.authorUserId,
    authorName: point.authorName,
    createdAt: point.createdAt,
    updatedAt: point.updatedAt,
    answer: presentAnswer(deps, actor, point),
    may: {
      edit: canDraftAdvice(actor, context.roundFacts, context.adviceFacts),
      answer: canAnswerPoint(actor, context.roundFacts, context.adviceFacts),
    },
  };
}

/** The advice with all its points, as this actor sees it (the caller has checked that it may). */
export function presentAdvice(deps: AdviceDeps, actor: Actor, context: AdviceContext): Advice {
  const { advice, round, roundFacts, adviceFacts } = context;
  const points = deps.points.ofAdvice(advice.id);
  const now = passagesNow(deps, round.documentId, points);
  return {
    id: advice.id,
    roundId: advice.roundId,
    entityId: advice.entityId,
    entityName: advice.entityName,
    status: advice.status,
    generalText: advice.generalText,
    updatedAt: advice.updatedAt,
    submittedAt: advice.submittedAt,
    submittedByName: advice.submittedByName,
    late: advice.submittedAt !== null && isLate(advice.submittedAt, roundFacts),
    points: points.map((point, index) => presentAdvicePoint(deps, actor, context, point, index + 1, now.get(point.id))),
    may: {
      draft: canDraftAdvice(actor, roundFacts, adviceFacts),
      submit: adviceSubmitProblem(actor, roundFacts, adviceFacts, points.length, advice.generalText) === null,
    },
  };
}
