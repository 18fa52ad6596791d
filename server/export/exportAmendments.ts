/**
 * The amendment exports: a document's amendments (as its list filters them) or one amendment, as the
 * actor may see them. Another entity's draft is left out of the list and is a 404 on its own, exactly
 * as in the JSON API, because both read through the same views.
 */
import type { AmendmentListQuery } from '../../shared/api/amendments.js';
import { canReadDocument } from '../../shared/domain/permissions.js';
import type { Actor } from '../../shared/domain/roles.js';
import { entityColor } from '../../shared/domain/entityColors.js';
import { AMENDMENT_ID } from '../../shared/protocol/rooms.js';
import { amendmentView, amendmentViews, presentAmendment } from '../domain/amendments/amendmentViews.js';
import { findVisibleAmendment } from '../domain/amendments/findAmendment.js';
import { forbidden, notFound } from '../errors.js';
import type { DocumentRecord, EntityRecord } from '../repositories/dossier.js';
import type { Services } from '../services.js';
import { matchesAmendmentFilters } from '../domain/amendments/matchesFilters.js';
import { describeAmendmentFilters } from './amendmentFilter.js';
import { amendmentsDocx, type AmendmentsDocxInput } from './amendmentsDocx.js';
import { buildDocx, docxFilename, packDocx, type DocxExport } from './docxFile.js';
import { sectionHeading } from './labels.js';

/** The parts of the server an export reads: what the amendment views read, and the dossier. */
export type ExportDeps = Parameters<typeof amendmentViews>[0] & Parameters<typeof findVisibleAmendment>[0] & Pick<Services, 'dossier'>;

/** An entity's colour; a sub-unit takes its parent's, as everywhere else in the app. */
export function entityColorResolver(entities: readonly EntityRecord[]): (entityId: string) => string {
  const parentOf = new Map(entities.map((entity) => [entity.id, entity.parentId]));
  return (entityId) => entityColor(parentOf.get(entityId) ?? entityId);
}

/** Section headings and colours for a document, as the renderer asks for them. */
function lookups(entities: readonly EntityRecord[], document: DocumentRecord): Pick<AmendmentsDocxInput, 'sectionHeading' | 'addedColor'> {
  return {
    sectionHeading: (sectionId) => {
      const section = document.sections.find((candidate) => candidate.id === sectionId);
      return section ? sectionHeading(section.kind, section.number, section.title) : null;
    },
    addedColor: entityColorResolver(entities),
  };
}

/** The document, if it exists and the actor may read it (the list route's answers). */
function readableDocument(deps: ExportDeps, actor: Actor, documentId: string): DocumentRecord {
  const document = deps.dossier.document(documentId);
  if (!document) throw notFound('Document');
  if (!canReadDocument(actor, document)) throw forbidden();
  return document;
}

/** A document's amendments that the actor sees and the filters let through, as one .docx. */
export async function exportDocumentAmendments(
  deps: ExportDeps,
  input: { actor: Actor; documentId: string; filters: AmendmentListQuery; now?: Date },
): Promise<DocxExport> {
  const { actor, filters, now = new Date() } = input;
  const document = readableDocument(deps, actor, input.documentId);
  const amendments = amendmentViews(deps, actor, document.id)
    .filter(({ amendment }) => matchesAmendmentFilters(amendment, filters))
    .map((view) => presentAmendment(view, actor, document));
  const entities = deps.dossier.entities();
  const names = lookups(entities, document);
  const filter = describeAmendmentFilters(filters, {
    section: names.sectionHeading,
    entity: (entityId) => entities.find((entity) => entity.id === entityId)?.name ?? null,
  });
  const content = amendmentsDocx({ documentTitle: document.title, amendments, exportedAt: now, filter, ...names });
  return { filename: docxFilename([document.short, 'amendementen'], now), bytes: await packDocx(buildDocx(content)) };
}

/** One amendment as a .docx; another entity's draft is as unknown as a wrong id. */
export async function exportAmendment(deps: ExportDeps, input: { actor: Actor; amendmentId: string; now?: Date }): Promise<DocxExport> {
  const { actor, now = new Date() } = input;
  if (!AMENDMENT_ID.test(input.amendmentId)) throw notFound('Amendment');
  const { amendment, document } = findVisibleAmendment(deps, actor, input.amendmentId);
  const summary = presentAmendment(amendmentView(deps, actor, amendment), actor, document);
  const names = lookups(deps.dossier.entities(), document);
  const content = amendmentsDocx({ documentTitle: document.title, amendments: [summary], exportedAt: now, filter: null, ...names });
  const label = summary.number === null ? 'ontwerp-amendement' : `amendement-${summary.number}`;
  return { filename: docxFilename([document.short, label], now), bytes: await packDocx(buildDocx(content)) };
}
