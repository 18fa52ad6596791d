/**
 * The coordinator submits the entity's draft: it gets the next number of its document, is frozen
 * for its drafters (their sockets are downgraded at once) and becomes visible to the dossier.
 */
import * as Y from 'yjs';
import { canSubmitAmendment } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { CloseCode } from '../../../shared/protocol/closeCodes.js';
import { amendmentRoom } from '../../../shared/protocol/rooms.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import { amendmentView } from './amendmentViews.js';
import type { AmendmentDeps } from './deps.js';
import { findVisibleAmendment } from './findAmendment.js';
import { ownUpdateOf } from './forkBase.js';
import { redactDeletedContent } from './redactDraft.js';

/** The submitted amendment. */
export function submitAmendment(deps: AmendmentDeps, { actor, amendmentId }: { actor: Actor; amendmentId: string }): AmendmentRecord {
  const { amendment } = findVisibleAmendment(deps, actor, amendmentId);
  if (amendment.status !== 'draft') throw conflict('not_a_draft', `This amendment is ${amendment.status}, not a draft.`);
  if (!canSubmitAmendment(actor, amendment)) throw forbidden("Only the entity's coordinator submits its amendments.");
  if (amendmentView(deps, actor, amendment).changes.length === 0) {
    throw ruleBroken('amendment_empty', 'This amendment changes nothing in the text yet.');
  }
  const room = amendmentRoom(amendmentId);
  const snapshot = deps.rooms.read(room, (fork) => Y.encodeSnapshot(Y.snapshot(fork.doc)));
  // What the drafters typed and deleted must not leave the entity: the fork's log is rewritten
  // without that content, and its room reloaded from it (its sockets reconnect, the drafters as readers).
  const own = ownUpdateOf(deps.roomStorage, amendmentId);
  deps.rooms.evict(room, CloseCode.AccessChanged);
  const at = Date.now();
  deps.db.transaction(() => {
    const seq = deps.amendments.lastSeq(room);
    if (!deps.amendments.submit(amendmentId, actor.userId, snapshot, seq, at)) throw conflict('not_a_draft', 'This amendment is no longer a draft.');
    deps.audit.record({ userId: actor.userId, action: 'amendment.submitted', subject: `amendment:${amendmentId}`, at });
    if (own) deps.roomStorage.compact(room, redactDeletedContent(own));
  }).immediate();
  deps.recheckConnections();
  return deps.amendments.get(amendmentId)!;
}
