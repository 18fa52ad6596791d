/** The filters of a document's amendment list (section, entity, status), shared by the list and its export. */
import type { AmendmentListQuery } from '../../../shared/api/amendments.js';
import type { AmendmentFacts } from '../../../shared/domain/amendmentRules.js';

/** Whether an amendment passes the filters (an absent filter lets everything through). */
export function matchesAmendmentFilters(amendment: AmendmentFacts & { sectionId: string | null }, filters: AmendmentListQuery): boolean {
  return (
    (filters.section === undefined || amendment.sectionId === filters.section) &&
    (filters.entity === undefined || amendment.entityId === filters.entity) &&
    (filters.status === undefined || amendment.status === filters.status)
  );
}
