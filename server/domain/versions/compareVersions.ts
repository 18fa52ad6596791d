/**
 * Compares two versions of a main text, or a version and the current text. The live main text
 * (gc off) holds every struct any version ever showed, so both sides are snapshots read against
 * it: no version state is rebuilt, and the diff sees deleted text as well as live text. Only the
 * blocks in which the two snapshots differ are diffed.
 */
import * as Y from 'yjs';
import { CURRENT_TEXT, type ComparisonSide, type VersionComparison } from '../../../shared/api/versions.js';
import { canReadVersions } from '../../../shared/domain/versionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import { forbidden, notFound } from '../../errors.js';
import type { VersionSummaryRecord } from '../../repositories/versions.js';
import { countChanges, trimContext } from '../diff/blockDiff.js';
import { changeEntityOf } from './changeEntities.js';
import { comparisonBlocks } from './comparisonBlocks.js';
import type { VersionDeps } from './deps.js';
import { findVersion } from './findVersion.js';
import { presentVersion } from './presentVersion.js';

/** What to compare: version ids of the document, or `current`. */
export interface CompareInput {
  actor: Actor;
  documentId: string;
  from: string;
  to: string;
}

/** The changed blocks from `from` to `to`, coloured by entity, with character counts. */
export function compareVersions(deps: VersionDeps, { actor, documentId, from, to }: CompareInput): VersionComparison {
  const document = deps.dossier.document(documentId);
  if (!document) throw notFound('Document');
  if (!canReadVersions(actor, document)) throw forbidden();
  type Side = (VersionSummaryRecord & { snapshot: Uint8Array }) | null;
  const versionOf = (id: string): Side =>
    id === CURRENT_TEXT ? null : findVersion(deps, actor, () => deps.versions.withSnapshot(id), { documentId }).version;
  const fromVersion = versionOf(from);
  const toVersion = versionOf(to);

  const room = documentRoom(document.id);
  const at = deps.clock.now();
  const fromAt = fromVersion?.createdAt ?? at;
  const toAt = toVersion?.createdAt ?? at;
  const entityOf = changeEntityOf(
    {
      clientEntities: deps.versions.clientEntities(room),
      deletions: () => deps.versions.deletionsSince(room, Math.min(fromAt, toAt)),
    },
    { fromIsOlder: fromAt <= toAt },
  );
  const blocks = deps.rooms.read(room, (main) => {
    const current = main.snapshot();
    const snapshotOf = (version: Side) => (version ? Y.decodeSnapshot(version.snapshot) : current);
    return comparisonBlocks(main.doc.getXmlFragment('prosemirror'), snapshotOf(toVersion), snapshotOf(fromVersion), entityOf);
  });
  const side = (version: Side, sideAt: number): ComparisonSide => ({
    version: version ? presentVersion(version) : null,
    at: sideAt,
  });
  // Counted on whole blocks; shown with long unchanged stretches shortened, like the amendment lists.
  return { documentId: document.id, from: side(fromVersion, fromAt), to: side(toVersion, toAt), blocks: trimContext(blocks), ...countChanges(blocks) };
}
