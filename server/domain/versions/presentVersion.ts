/** A version record in the API's shape (its bytes stay on the server). */
import type { VersionSummary } from '../../../shared/api/versions.js';
import type { VersionSummaryRecord } from '../../repositories/versions.js';

/** The API shape of a version. */
export function presentVersion(version: VersionSummaryRecord): VersionSummary {
  return {
    id: version.id,
    documentId: version.documentId,
    name: version.name,
    createdAt: version.createdAt,
    createdByUserId: version.createdByUserId,
    createdByName: version.createdByName,
    createdByEntityId: version.createdByEntityId,
  };
}
