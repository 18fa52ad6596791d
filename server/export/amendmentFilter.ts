/**
 * The line that states the filters of an exported amendment list (the filtering itself is
 * server/domain/amendments/matchesFilters.ts, shared with the list so both hold the same amendments).
 */
import type { AmendmentListQuery } from '../../shared/api/amendments.js';
import { STATUS_LABELS } from './labels.js';

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
