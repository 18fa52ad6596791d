/** What an item may point at: one of the round's documents, a section of it, a sub-unit of the entity. */
import { ruleBroken } from '../../errors.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { RoundRecord } from '../../repositories/contributionRounds.js';
import type { ContributionDeps } from './deps.js';

/** The document, when it is one of the round's; a 400 otherwise. */
export function roundDocument(deps: Pick<ContributionDeps, 'dossier'>, round: RoundRecord, documentId: string): DocumentRecord {
  const document = round.documentIds.includes(documentId) ? deps.dossier.document(documentId) : null;
  if (!document) throw ruleBroken('document_not_in_round', `"${documentId}" is not one of this round's documents.`);
  return document;
}

/** Checks that a section id (or null, the whole document) belongs to the document. */
export function checkSection(document: DocumentRecord, sectionId: string | null): void {
  if (sectionId !== null && !document.sections.some((section) => section.id === sectionId)) {
    throw ruleBroken('unknown_section', `"${sectionId}" is not a section of ${document.short}.`);
  }
}

/** Checks that a unit id (or null, the entity itself) is one of the entity's sub-units. */
export function checkUnit(deps: Pick<ContributionDeps, 'dossier'>, entityId: string, unitId: string | null): void {
  if (unitId !== null && !deps.dossier.entities().some((entity) => entity.id === unitId && entity.parentId === entityId)) {
    throw ruleBroken('unknown_unit', `"${unitId}" is not a sub-unit of your entity.`);
  }
}
