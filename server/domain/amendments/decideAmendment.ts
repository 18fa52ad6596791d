/**
 * The lead decides a submitted amendment. Accepting merges the fork's own changes into the main
 * text as it is now (a CRDT merge: the main text may have moved), stored and attributed to the
 * proposing user and entity, naming the amendment; the decision and the merge commit together.
 */
import { canDecideAmendment, decisionProblem, type AmendmentDecision, type DecisionProblem } from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { amendmentRoom, documentRoom } from '../../../shared/protocol/rooms.js';
import { conflict, forbidden, ruleBroken } from '../../errors.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import { amendmentView } from './amendmentViews.js';
import type { AmendmentDeps } from './deps.js';
import { findVisibleAmendment } from './findAmendment.js';
import { ownUpdateOf } from './forkBase.js';
import { notifyAmendmentDecided } from '../notifications/amendmentDecided.js';
import { redactDeletedContent } from './redactDraft.js';

const problemMessages: Record<DecisionProblem, string> = {
  reason_required: 'A rejection, or an acceptance as modified, needs a reason.',
  modified_needs_accepted_modified: 'You changed this amendment: accept it as modified ("aanvaard mits wijziging") with a reason.',
  not_modified: 'To accept as modified, first adjust the amendment\'s text; otherwise accept it as it is.',
};

/** The decided amendment. */
export function decideAmendment(
  deps: AmendmentDeps,
  { actor, amendmentId, decision, reason }: { actor: Actor; amendmentId: string; decision: AmendmentDecision; reason: string },
): AmendmentRecord {
  const { amendment, document } = findVisibleAmendment(deps, actor, amendmentId);
  if (amendment.status === 'draft') throw conflict('not_submitted', 'A draft cannot be decided: its entity has not submitted it.');
  if (amendment.status !== 'submitted') throw conflict('already_decided', `This amendment is already ${amendment.status}.`);
  if (!canDecideAmendment(actor, amendment, document)) throw forbidden("Only the document's lead decides amendments.");
  // Only the lead writes in a submitted amendment: any update after submission is an adjustment.
  const modifiedByLead = deps.amendments.lastSeq(amendmentRoom(amendmentId)) > (amendment.submittedSeq ?? 0);
  const problem = decisionProblem(decision, reason, modifiedByLead);
  if (problem) throw ruleBroken(problem, problemMessages[problem]);

  const view = amendmentView(deps, actor, amendment);
  if (view.passageDeleted && decision !== 'rejected') {
    throw ruleBroken(
      'passage_deleted',
      'The text has since deleted a passage this amendment changes, so accepting it would not bring its changes into the text. Reject it, or ask for a new amendment on the current text.',
    );
  }
  const changes = JSON.stringify(view.changes);
  const at = deps.clock.now();
  // The decision and its audit row first, the merge last: the merge applies and broadcasts at once,
  // so nothing that could still throw and roll the transaction back may come after it.
  deps.db.transaction(() => {
    const recorded = deps.amendments.decide(amendmentId, { status: decision, by: actor.userId, reason: reason.trim(), finalChanges: changes }, at);
    if (!recorded) throw conflict('already_decided', 'This amendment was decided meanwhile.');
    deps.audit.record({ userId: actor.userId, action: `amendment.${decision}`, subject: `amendment:${amendmentId}`, detail: { reason: reason.trim() }, at });
    // In the same transaction: no notice of a decision that rolled back, no decision without its notice.
    notifyAmendmentDecided(deps, { amendment, decision, at });
    if (decision !== 'rejected') {
      const mergedSeq = merge(deps, amendment);
      if (mergedSeq !== null) deps.amendments.recordMerge(amendmentId, mergedSeq);
    }
  }).immediate();
  deps.amendmentIndex.forget(amendment);
  deps.recheckConnections();
  return deps.amendments.get(amendmentId)!;
}

/** Merges the fork's own changes into the main text; returns the stored update's number. */
function merge(deps: AmendmentDeps, amendment: AmendmentRecord): number | null {
  const stored = ownUpdateOf(deps.roomStorage, amendment.id);
  if (!stored) return null;
  // Nothing typed and deleted in the fork (the lead's adjustments included) enters the main text's history.
  const own = redactDeletedContent(stored);
  const result = deps.rooms.read(documentRoom(amendment.documentId), (main) =>
    main.applyServerUpdate(own, { userId: amendment.authorUserId, entityId: amendment.entityId, amendmentId: amendment.id }, { refuseKnown: true }),
  );
  if (!result.ok) throw conflict('merge_refused', `The amendment could not be merged into the text (${result.detail}).`);
  return result.seq === 0 ? null : result.seq;
}
