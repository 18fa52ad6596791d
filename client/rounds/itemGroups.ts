/**
 * A package's items as its page lists them: by document (in the round's order), then by section
 * (the whole document first, then the outline's order), oldest item first.
 */
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { ContributionItem } from '../../shared/api/contributions.js';

/** The items tied to one section (null: the whole document). */
export interface SectionGroup {
  sectionId: string | null;
  items: ContributionItem[];
}

/** The items on one document. */
export interface DocumentGroup {
  documentId: string;
  sections: SectionGroup[];
}

/** What grouping needs to know of a document: its id and its outline's section ids in order. */
export interface DocumentOutline {
  id: string;
  sections: readonly { id: string }[];
}

/** Position of `value` in `order`, unknown ones after all known ones. */
const rank = (order: readonly string[], value: string): number => {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
};

/** Groups items by document and section; documents and sections without items are left out. */
export function groupItems(items: readonly ContributionItem[], documents: readonly DocumentOutline[]): DocumentGroup[] {
  const documentOrder = documents.map((document) => document.id);
  const byDocument = new Map<string, ContributionItem[]>();
  for (const item of items) byDocument.set(item.documentId, [...(byDocument.get(item.documentId) ?? []), item]);
  return [...byDocument.keys()]
    .sort((a, b) => rank(documentOrder, a) - rank(documentOrder, b) || a.localeCompare(b))
    .map((documentId) => {
      const sectionOrder = documents.find((document) => document.id === documentId)?.sections.map((section) => section.id) ?? [];
      const bySection = new Map<string | null, ContributionItem[]>();
      for (const item of byDocument.get(documentId) ?? []) bySection.set(item.sectionId, [...(bySection.get(item.sectionId) ?? []), item]);
      // The whole document first (-1), then the outline's order.
      const sectionRank = (sectionId: string | null) => (sectionId === null ? -1 : rank(sectionOrder, sectionId));
      const sections = [...bySection.entries()]
        .sort(([a], [b]) => sectionRank(a) - sectionRank(b) || (a ?? '').localeCompare(b ?? ''))
        .map(([sectionId, sectionItems]) => ({
          sectionId,
          items: [...sectionItems].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
        }));
      return { documentId, sections };
    });
}

/** How many items the package would submit: those the coordinator has not dropped. */
export function keptItemCount(items: readonly ContributionItem[]): number {
  return items.filter((item) => !item.dropped).length;
}

/** The entity's draft amendments that may still join the package: drafts not already one of its items. */
export function offeredDrafts(drafts: readonly AmendmentSummary[], takenAmendmentIds: readonly string[]): AmendmentSummary[] {
  return drafts.filter((draft) => draft.status === 'draft' && !takenAmendmentIds.includes(draft.id));
}
