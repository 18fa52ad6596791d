/**
 * The coordinator submits the entity's draft: it gets the next number of its document, is frozen
 * for its drafters (their sockets are downgraded at once) and becomes visible to the dossier. While an
 * open contribution round invites the entity and covers the document (its package there still a
 * draft), the entity's drafts on it go in with that package instead, also once the deadline has
 * passed (an extension, or the round's closing, frees them); the package's submission
 * (domain/contributions/submitContribution.ts) shares the core below.
 */
import * as Y from 'yjs';
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
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
  if (amendment.heldBy) throw heldByRound(amendment.heldBy);
  if (!canSubmitAmendment(actor, amendment)) throw forbidden("Only the entity's coordinator submits its amendments.");
  if (amendmentView(deps, actor, amendment).changes.length === 0) {
    throw ruleBroken('amendment_empty', 'This amendment changes nothing in the text yet.');
  }
  const prepared = prepareAmendmentSubmission(deps, amendmentId);
  deps.db.transaction(() => commitAmendmentSubmission(deps, prepared, actor.userId, deps.clock.now())).immediate();
  deps.recheckConnections();
  return deps.amendments.get(amendmentId)!;
}

/** The refusal of a standalone submission while an open round holds the draft. */
function heldByRound(heldBy: NonNullable<AmendmentRecord['heldBy']>) {
  if (heldBy.item) {
    return conflict('in_contribution', `This amendment is part of your entity's contribution to "${heldBy.roundTitle}"; it is submitted with the package.`);
  }
  return conflict(
    'in_round',
    `The contribution round "${heldBy.roundTitle}" is open for your entity until ${formatBelgianDateTime(heldBy.deadlineAt)} (Brussels time); ` +
      'add this amendment to your contribution.',
  );
}

/** What a submission reads from a draft's fork before anything is written. */
export interface PreparedAmendmentSubmission {
  amendmentId: string;
  room: string;
  /** The fork as submitted (Y.encodeSnapshot). */
  snapshot: Uint8Array;
  /** The fork's own update, to be rewritten without what its drafters typed and deleted. */
  own: Uint8Array | null;
}

/**
 * Reads the fork and unloads its room (its sockets reconnect, the drafters as readers once the
 * submission commits). The caller has checked every rule; it commits in the same synchronous step.
 */
export function prepareAmendmentSubmission(deps: AmendmentDeps, amendmentId: string): PreparedAmendmentSubmission {
  const room = amendmentRoom(amendmentId);
  const snapshot = deps.rooms.read(room, (fork) => Y.encodeSnapshot(Y.snapshot(fork.doc)));
  // What the drafters typed and deleted must not leave the entity: the fork's log is rewritten
  // without that content, and its room reloaded from it.
  const own = ownUpdateOf(deps.roomStorage, amendmentId);
  deps.rooms.evict(room, CloseCode.AccessChanged);
  return { amendmentId, room, snapshot, own };
}

/** Numbers and freezes the draft, records it and redacts its log; call inside the caller's transaction. */
export function commitAmendmentSubmission(deps: AmendmentDeps, prepared: PreparedAmendmentSubmission, userId: string, at: number): void {
  const seq = deps.amendments.lastSeq(prepared.room);
  if (!deps.amendments.submit(prepared.amendmentId, userId, prepared.snapshot, seq, at)) {
    throw conflict('not_a_draft', 'This amendment is no longer a draft.');
  }
  deps.audit.record({ userId, action: 'amendment.submitted', subject: `amendment:${prepared.amendmentId}`, at });
  if (prepared.own) deps.roomStorage.compact(prepared.room, redactDeletedContent(prepared.own));
}
