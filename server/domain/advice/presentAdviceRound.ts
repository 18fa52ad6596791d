/** A round in the API's shape, with what this actor may do with it now. */
import type { AdviceRoundSummary } from '../../../shared/api/advice.js';
import { adviceSubmitProblem, canAnswerPoint, canCloseAdviceRound, canDraftAdvice, canSeeAdvice } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import type { AdviceDeps } from './deps.js';
import type { AdviceContext } from './findAdvice.js';

/** The API shape of a round; its advice's id only for those who may open the advice. */
export function presentAdviceRound(deps: Pick<AdviceDeps, 'points'>, actor: Actor, context: AdviceContext): AdviceRoundSummary {
  const { round, advice, roundFacts, adviceFacts } = context;
  const seesAdvice = canSeeAdvice(actor, roundFacts, adviceFacts);
  return {
    id: round.id,
    documentId: round.documentId,
    versionId: round.versionId,
    versionName: round.versionName,
    bodyEntityId: round.bodyEntityId,
    bodyName: round.bodyName,
    question: round.question,
    consultationDate: round.consultationDate,
    deadlineAt: round.deadlineAt,
    status: round.status,
    createdAt: round.createdAt,
    createdByName: round.createdByName,
    adviceId: seesAdvice ? advice.id : null,
    adviceSubmittedAt: seesAdvice ? advice.submittedAt : null,
    may: {
      draft: canDraftAdvice(actor, roundFacts, adviceFacts),
      // Counting points only for those who could submit: nobody else learns whether the draft has any.
      submit: seesAdvice && adviceSubmitProblem(actor, roundFacts, adviceFacts, deps.points.count(advice.id), advice.generalText) === null,
      answer: canAnswerPoint(actor, roundFacts, adviceFacts),
      close: canCloseAdviceRound(actor, roundFacts),
    },
  };
}
