/**
 * The amendments of a document as one actor sees them: only those it may see, each with its changes
 * (derived now for open ones, as frozen for closed ones) and the open ones it overlaps with.
 */
import type { AmendmentSummary, DiffBlock } from '../../../shared/api/amendments.js';
import {
  canDecideAmendment,
  canEditAmendmentDetails,
  canEditAmendmentText,
  canSubmitAmendment,
  canViewAmendment,
  canWithdrawAmendment,
  isOpen,
} from '../../../shared/domain/amendmentRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { amendmentRoom } from '../../../shared/protocol/rooms.js';
import type { AmendmentRecord } from '../../repositories/amendments.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import { countChanges, trimContext } from '../diff/blockDiff.js';
import type { AmendmentDeps } from './deps.js';

/** One amendment with what it changes. */
export interface AmendmentView {
  amendment: AmendmentRecord;
  changes: DiffBlock[];
  added: number;
  removed: number;
  overlapsWith: string[];
  mainChangedSince: boolean;
  passageDeleted: boolean;
}

/** Every amendment of the document the actor may see, with its changes, in list order. */
export function amendmentViews(
  deps: Pick<AmendmentDeps, 'amendments' | 'amendmentIndex'>,
  actor: Actor,
  documentId: string,
): AmendmentView[] {
  const visible = deps.amendments.listForDocument(documentId).filter((amendment) => canViewAmendment(actor, amendment));
  const open = visible.filter((amendment) => isOpen(amendment.status));
  const computed = deps.amendmentIndex.changes(documentId, open);

  return visible.map((amendment) => {
    const fork = computed.get(amendment.id);
    if (!fork) {
      const changes = amendment.finalChanges ? (JSON.parse(amendment.finalChanges) as DiffBlock[]) : [];
      return { amendment, changes, ...countChanges(changes), overlapsWith: [], mainChangedSince: false, passageDeleted: false };
    }
    const overlapsWith = open
      .filter((other) => other.id !== amendment.id && [...fork.touched].some((key) => computed.get(other.id)?.touched.has(key)))
      .map((other) => other.id);
    return {
      amendment,
      changes: fork.changes,
      added: fork.added,
      removed: fork.removed,
      overlapsWith,
      mainChangedSince: fork.mainChangedSince,
      passageDeleted: fork.passageDeleted,
    };
  });
}

/** One amendment's view (its overlaps computed against the others the actor sees). */
export function amendmentView(
  deps: Pick<AmendmentDeps, 'amendments' | 'amendmentIndex'>,
  actor: Actor,
  amendment: AmendmentRecord,
): AmendmentView {
  const view = amendmentViews(deps, actor, amendment.documentId).find((candidate) => candidate.amendment.id === amendment.id);
  if (!view) throw new Error(`amendment ${amendment.id} vanished while being read`);
  return view;
}

/**
 * The API shape of a view, with what this actor may do with it. In a list (`trimmed`), long unchanged
 * text around a change is shortened; one amendment, and the exports, carry whole blocks.
 */
export function presentAmendment(view: AmendmentView, actor: Actor, document: DocumentRecord, { trimmed = false } = {}): AmendmentSummary {
  const a = view.amendment;
  return {
    id: a.id,
    documentId: a.documentId,
    room: amendmentRoom(a.id),
    sectionId: a.sectionId,
    passage: a.passage,
    title: a.title,
    justification: a.justification,
    status: a.status,
    number: a.number,
    authorUserId: a.authorUserId,
    authorName: a.authorName,
    entityId: a.entityId,
    entityName: a.entityName,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    submittedAt: a.submittedAt,
    submittedByName: a.submittedByName,
    heldBy: a.heldBy,
    decidedAt: a.decidedAt,
    decidedByName: a.decidedByName,
    decisionReason: a.decisionReason,
    withdrawnAt: a.withdrawnAt,
    withdrawnByName: a.withdrawnByName,
    changes: trimmed ? trimContext(view.changes) : view.changes,
    added: view.added,
    removed: view.removed,
    overlapsWith: view.overlapsWith,
    mainChangedSince: view.mainChangedSince,
    passageDeleted: view.passageDeleted,
    may: {
      editText: canEditAmendmentText(actor, a, document),
      editDetails: canEditAmendmentDetails(actor, a),
      submit: canSubmitAmendment(actor, a),
      withdraw: canWithdrawAmendment(actor, a),
      decide: canDecideAmendment(actor, a, document),
    },
  };
}
