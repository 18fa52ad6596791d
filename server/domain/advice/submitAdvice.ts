/**
 * One of the body's advisers submits the advice as a whole: from then on it is the dossier's, and
 * frozen. Advice after the deadline is still taken (an advisory body is not turned away) and marked
 * late. The document's leads are told.
 */
import { adviceSubmitProblem, isLate, type AdviceSubmitProblem } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { AppError, conflict, forbidden, ruleBroken } from '../../errors.js';
import type { AdviceDeps } from './deps.js';
import { notADraft } from './draftGuard.js';
import { findAdvice, type AdviceContext } from './findAdvice.js';

const problems: Record<AdviceSubmitProblem, () => AppError> = {
  forbidden: () => forbidden("Only the advisory body's advisers submit its advice."),
  not_a_draft: notADraft,
  round_closed: () => conflict('round_closed', 'This advice round is closed.'),
  empty: () => ruleBroken('advice_empty', 'Write at least one advice point or a general text before submitting.'),
};

/** The submitted advice. */
export function submitAdvice(deps: AdviceDeps, { actor, adviceId }: { actor: Actor; adviceId: string }): AdviceContext {
  const context = findAdvice(deps, actor, adviceId);
  const { round, advice, document, roundFacts, adviceFacts } = context;
  const points = deps.points.count(adviceId);
  const problem = adviceSubmitProblem(actor, roundFacts, adviceFacts, points, advice.generalText);
  if (problem) throw problems[problem]();
  const at = deps.clock.now();
  const late = isLate(at, roundFacts);
  deps.db.transaction(() => {
    if (!deps.advice.submit(adviceId, actor.userId, at)) throw notADraft();
    deps.audit.record({ userId: actor.userId, action: 'advice.submitted', subject: `advice:${adviceId}`, detail: { roundId: round.id, points, late }, at });
    deps.notifications.notify({
      userIds: deps.users.members(document.leadEntityId, ['lead']).map((user) => user.id),
      kind: 'advice_received',
      subject: `advice-round:${round.id}`,
      params: { body: advice.entityName, version: round.versionName },
      link: `/advice-rounds/${round.id}`,
      at,
    });
  }).immediate();
  return findAdvice(deps, actor, adviceId);
}
