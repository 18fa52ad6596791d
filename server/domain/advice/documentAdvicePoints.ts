/**
 * The points of submitted advice on a document's rounds, for the text as it is now: each at the
 * passage it was anchored to in its frozen version, or marked changed or gone there. Whoever reads
 * the document sees them: submitted advice is the dossier's.
 */
import type { DocumentAdvicePoints } from '../../../shared/api/advice.js';
import { canSeeAdvice } from '../../../shared/domain/adviceRules.js';
import { canReadDocument } from '../../../shared/domain/permissions.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { forbidden, notFound } from '../../errors.js';
import type { AdviceDeps } from './deps.js';
import { adviceContextOf, type AdviceContext } from './findAdvice.js';
import { passagesNow } from './passageNow.js';
import { presentAdvicePoint } from './presentAdvice.js';

/** Every submitted point on the document's rounds, round by round (oldest first), each numbered in its advice. */
export function documentAdvicePoints(deps: AdviceDeps, { actor, documentId }: { actor: Actor; documentId: string }): DocumentAdvicePoints {
  const document = deps.dossier.document(documentId);
  if (!document) throw notFound('Document');
  if (!canReadDocument(actor, document)) throw forbidden();
  const points = deps.points.submittedOfDocument(document.id);
  const now = passagesNow(deps, document.id, points);
  const contexts = new Map<string, AdviceContext | null>();
  const numbers = new Map<string, number>();
  return {
    points: points.flatMap((point) => {
      if (!contexts.has(point.roundId)) contexts.set(point.roundId, adviceContextOf(deps, deps.advice.round(point.roundId)));
      const context = contexts.get(point.roundId);
      if (!context || !canSeeAdvice(actor, context.roundFacts, context.adviceFacts)) return [];
      const number = (numbers.get(point.adviceId) ?? 0) + 1;
      numbers.set(point.adviceId, number);
      const presented = presentAdvicePoint(deps, actor, context, point, number, now.get(point.id));
      return [{ ...presented, roundId: context.round.id, bodyName: context.round.bodyName, versionName: context.round.versionName }];
    }),
  };
}
