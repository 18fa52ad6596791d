/** The rounds an actor may see (of one document, or all), newest first. */
import type { AdviceRoundSummary } from '../../../shared/api/advice.js';
import { canSeeAdviceRound } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { notFound } from '../../errors.js';
import type { AdviceDeps } from './deps.js';
import { adviceContextOf } from './findAdvice.js';
import { presentAdviceRound } from './presentAdviceRound.js';

/** The visible rounds in the API's shape; an unknown document is a 404. */
export function listAdviceRounds(deps: AdviceDeps, { actor, documentId }: { actor: Actor; documentId: string | null }): AdviceRoundSummary[] {
  if (documentId !== null && !deps.dossier.document(documentId)) throw notFound('Document');
  return deps.advice.rounds(documentId).flatMap((round) => {
    const context = adviceContextOf(deps, round);
    return context && canSeeAdviceRound(actor, context.roundFacts, context.adviceFacts) ? [presentAdviceRound(deps, actor, context)] : [];
  });
}
