/** Looks up an amendment as an actor may see it: another entity's draft is as absent as a wrong id. */
import { canViewAmendment } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { notFound } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { AmendmentDeps } from './deps.js';

/** The amendment and its document, or a 404 that says the same whether it exists or is hidden. */
export function findVisibleAmendment(
  deps: Pick<AmendmentDeps, 'amendments' | 'dossier'>,
  actor: Actor,
  id: string,
): { amendment: AmendmentRecord; document: DocumentRecord } {
  const amendment = deps.amendments.get(id);
  const document = amendment ? deps.dossier.document(amendment.documentId) : null;
  if (!amendment || !document || !canViewAmendment(actor, amendment)) throw notFound('Amendment');
  return { amendment, document };
}
