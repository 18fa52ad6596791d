/**
 * The filters of a document's amendment list (section, entity, status), shared by the list and its
 * export so the DOCX holds exactly the amendments the list shows, and the line that states them.
 */
import type { AmendmentListQuery } from '../../shared/api/amendments.js';
import type { AmendmentFacts } from '../../shared/domain/amendmentRules.js';
import { STATUS_LABELS } from './labels.js';

/** Whether an amendment passes the filters (an absent filter lets everything through). */
export function matchesAmendmentFilters(
  amendment: AmendmentFacts & { sectionId: string | null },
  filters: AmendmentListQuery,
): boolean {
  return (
    (filters.section === undefined || amendment.sectionId === filters.section) &&
    (filters.entity === undefined || amendment.entityId === filters.entity) &&
    (filters.status === undefined || amendment.status === filters.status)
  );
}

/** Names for the ids a filter holds; an unknown id is printed as it was asked. */
export interface FilterNames {
  section(sectionId: string): string | null;
  entity(entityId: string): string | null;
}

/** The filters in Dutch for the title page: "onderdeel …; entiteit …; status ingediend", or "geen". */
export function describeAmendmentFilters(filters: AmendmentListQuery, names: FilterNames): string {
  const parts: string[] = [];
  if (filters.section !== undefined) parts.push(`onderdeel ${names.section(filters.section) ?? filters.section}`);
  if (filters.entity !== undefined) parts.push(`entiteit ${names.entity(filters.entity) ?? filters.entity}`);
  if (filters.status !== undefined) parts.push(`status ${STATUS_LABELS[filters.status].toLocaleLowerCase('nl-BE')}`);
  return parts.length > 0 ? parts.join('; ') : 'geen (alle amendementen)';
}
