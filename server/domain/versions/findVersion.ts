/** Looks up a version as an actor may read it, optionally requiring that it belongs to a given document. */
import { canReadVersions } from '../../../shared/domain/versionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { forbidden, notFound } from '../../errors.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { VersionSummaryRecord } from '../../repositories/versions.js';
import type { VersionDeps } from './deps.js';

/**
 * The version (as read by `read`, with or without its bytes) and its document. A version of
 * another document than the one asked for is as unknown as a wrong id.
 */
export function findVersion<T extends VersionSummaryRecord>(
  deps: Pick<VersionDeps, 'dossier'>,
  actor: Actor,
  read: () => T | null,
  options: { documentId?: string } = {},
): { version: T; document: DocumentRecord } {
  const version = read();
  const document = version ? deps.dossier.document(version.documentId) : null;
  if (!version || !document || (options.documentId !== undefined && version.documentId !== options.documentId)) {
    throw notFound('Version');
  }
  if (!canReadVersions(actor, document)) throw forbidden();
  return { version, document };
}
