/**
 * The document's lead takes a named version of its main text: the room's whole state and its
 * Y.snapshot, read in one turn so the two describe the same moment. Versions are never changed.
 */
import * as Y from 'yjs';
import { canTakeVersion } from '../../../shared/domain/versionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { documentRoom } from '../../../shared/protocol/rooms.js';
import { forbidden, notFound } from '../../errors.js';
import type { VersionRecord } from '../../repositories/versions.js';
import { newId } from '../ids.js';
import type { VersionDeps } from './deps.js';

/** The new version. */
export function takeVersion(deps: VersionDeps, { actor, documentId, name }: { actor: Actor; documentId: string; name: string }): VersionRecord {
  const document = deps.dossier.document(documentId);
  if (!document) throw notFound('Document');
  if (!canTakeVersion(actor, document)) throw forbidden("Only the document's lead takes versions.");
  const { state, snapshot } = deps.rooms.read(documentRoom(document.id), (room) => ({
    state: room.encodeState(),
    snapshot: Y.encodeSnapshot(room.snapshot()),
  }));
  const id = newId();
  const at = deps.clock.now();
  deps.db.transaction(() => {
    deps.versions.insert({ id, documentId: document.id, name, createdBy: actor.userId, createdAt: at, state, snapshot });
    deps.audit.record({ userId: actor.userId, action: 'version.created', subject: `version:${id}`, detail: { documentId: document.id, name }, at });
  }).immediate();
  return deps.versions.get(id)!;
}
