/**
 * The document's lead answers a point of submitted advice: gevolgd, deels gevolgd or niet gevolgd,
 * with an explanation (required unless followed) and the amendments or versions that carry it out.
 * A new answer replaces the earlier one; each is in the audit log. The body's advisers are told,
 * once a day per advice: a lead answering twenty points in one sitting sends one notice, not twenty.
 */
import type { AdviceAnswer } from '../../../shared/domain/adviceRules.js';
import { answerNeedsExplanation, canAnswerPoint } from '../../../shared/domain/adviceRules.js';
import { localOfInstant } from '../../../shared/domain/deadlines.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import type { AdviceDeps } from './deps.js';
import { findAdvice, findAdvicePoint, type AdviceContext } from './findAdvice.js';
import { checkedLinks } from './pointLinks.js';

/** What the lead answers. */
export interface AnswerInput {
  answer: AdviceAnswer;
  explanation: string;
  links: readonly { kind: 'amendment' | 'version'; id: string }[];
}

/** The advice with the answered point. */
export function answerAdvicePoint(deps: AdviceDeps, { actor, pointId, input }: { actor: Actor; pointId: string; input: AnswerInput }): AdviceContext {
  const context = findAdvicePoint(deps, actor, pointId);
  const { round, advice, roundFacts, adviceFacts } = context;
  if (advice.status !== 'submitted') throw conflict('not_submitted', 'A draft advice cannot be answered: the body has not submitted it.');
  if (!canAnswerPoint(actor, roundFacts, adviceFacts)) throw forbidden("Only the document's lead answers advice.");
  const explanation = input.explanation.trim();
  if (answerNeedsExplanation(input.answer) && explanation === '') {
    throw ruleBroken('explanation_required', 'Explain why the advice is not, or only partly, followed.');
  }
  const links = checkedLinks(deps, actor, round.documentId, input.links);
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!deps.points.answer(pointId, { answer: input.answer, explanation, by: actor.userId, at, links })) throw conflict('point_missing', 'This point is gone.');
    deps.audit.record({
      userId: actor.userId,
      action: 'advice.point_answered',
      subject: `advice-point:${pointId}`,
      detail: { adviceId: advice.id, answer: input.answer, explanation, links, previous: context.point.answer },
      at,
    });
    deps.notifications.notify({
      userIds: deps.users.members(advice.entityId, ['adviser']).map((user) => user.id),
      kind: 'advice_answered',
      subject: `advice-round:${round.id}`,
      params: { version: round.versionName },
      link: `/advice-rounds/${round.id}`,
      dedupeKey: `advice-answered:${advice.id}:${localOfInstant(at).date}`,
      at,
    });
  }).immediate();
  return findAdvice(deps, actor, advice.id);
}
