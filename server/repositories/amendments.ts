/** Amendment records: reads and the status changes, each one statement guarded by the status it expects. */
import type { AmendmentDecision, AmendmentStatus } from '../../shared/domain/amendmentRules.js';
import type { Db } from '../storage/database.js';

/** An amendment as stored, with the names the API shows. */
export interface AmendmentRecord {
  id: string;
  documentId: string;
  sectionId: string | null;
  passage: string | null;
  title: string;
  justification: string;
  status: AmendmentStatus;
  number: number | null;
  authorUserId: string;
  authorName: string;
  entityId: string;
  entityName: string;
  baseSeq: number;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
  submittedByName: string | null;
  submittedSeq: number | null;
  decidedAt: number | null;
  decidedByName: string | null;
  decisionReason: string | null;
  withdrawnAt: number | null;
  withdrawnByName: string | null;
  mergedSeq: number | null;
  /** DiffBlock[] JSON frozen at decision or withdrawal. */
  finalChanges: string | null;
  /**
   * While a draft: the open round that invites its entity and covers its document, where the entity's
   * package is still a draft (the one holding it as a kept item first, else the earliest deadline).
   * The draft goes in with that package, never alone; `item` says whether it is already one of its kept items.
   */
  heldBy: { contributionId: string; roundTitle: string; deadlineAt: number; item: boolean } | null;
  /** The entity's submitted package it went out with (as a kept item), if any. */
  submittedWith: { contributionId: string } | null;
}

/** What a new amendment needs. */
export interface NewAmendment {
  id: string;
  documentId: string;
  sectionId: string | null;
  passage: string | null;
  title: string;
  justification: string;
  authorUserId: string;
  entityId: string;
  baseSnapshot: Uint8Array;
  baseSeq: number;
  at: number;
}

interface Row {
  id: string;
  document_id: string;
  section_id: string | null;
  passage: string | null;
  title: string;
  justification: string;
  status: AmendmentStatus;
  number: number | null;
  author_user_id: string;
  author_name: string;
  entity_id: string;
  entity_name: string;
  base_seq: number;
  created_at: number;
  updated_at: number;
  submitted_at: number | null;
  submitted_by_name: string | null;
  submitted_seq: number | null;
  decided_at: number | null;
  decided_by_name: string | null;
  decision_reason: string | null;
  withdrawn_at: number | null;
  withdrawn_by_name: string | null;
  merged_seq: number | null;
  final_changes: string | null;
  held_contribution_id: string | null;
  held_round_title: string | null;
  held_deadline_at: number | null;
  held_item: number | null;
  submitted_with: string | null;
}

/** Whether the amendment `a` is a kept item of the package whose id is `contributionId` (an SQL expression). */
const KEPT_ITEM_OF = (contributionId: string) =>
  `EXISTS (SELECT 1 FROM contribution_items ki WHERE ki.contribution_id = ${contributionId} AND ki.amendment_id = a.id AND ki.dropped_at IS NULL)`;

// The snapshots (tens of KB each on a long history) are read only where needed, never for lists.
// An open round holds its invited entities' drafts on its documents (`held…`): they go in with the package.
const SELECT = `
  SELECT a.id, a.document_id, a.section_id, a.passage, a.title, a.justification, a.status, a.number,
         a.author_user_id, a.entity_id, a.base_seq, a.created_at, a.updated_at, a.submitted_at, a.submitted_seq,
         a.decided_at, a.decision_reason, a.withdrawn_at, a.merged_seq, a.final_changes,
         author.name AS author_name, entity.name AS entity_name, submitter.name AS submitted_by_name,
         decider.name AS decided_by_name, withdrawer.name AS withdrawn_by_name,
         held.id AS held_contribution_id, held_round.title AS held_round_title,
         coalesce(held_invited.extended_until, held_round.deadline_at) AS held_deadline_at,
         ${KEPT_ITEM_OF('held.id')} AS held_item,
         (SELECT i.contribution_id FROM contribution_items i JOIN contributions c ON c.id = i.contribution_id AND c.status = 'submitted'
          WHERE i.amendment_id = a.id AND i.dropped_at IS NULL LIMIT 1) AS submitted_with
  FROM amendments a
  JOIN users author ON author.id = a.author_user_id
  JOIN entities entity ON entity.id = a.entity_id
  LEFT JOIN users submitter ON submitter.id = a.submitted_by
  LEFT JOIN users decider ON decider.id = a.decided_by
  LEFT JOIN users withdrawer ON withdrawer.id = a.withdrawn_by
  LEFT JOIN contributions held ON a.status = 'draft' AND held.id = (
    SELECT c.id FROM contributions c
    JOIN contribution_rounds r ON r.id = c.round_id AND r.status = 'open'
    JOIN contribution_round_documents d ON d.round_id = r.id AND d.document_id = a.document_id
    JOIN contribution_round_entities e ON e.round_id = r.id AND e.entity_id = c.entity_id
    WHERE c.entity_id = a.entity_id AND c.status = 'draft'
    ORDER BY ${KEPT_ITEM_OF('c.id')} DESC, coalesce(e.extended_until, r.deadline_at), r.created_at
    LIMIT 1)
  LEFT JOIN contribution_rounds held_round ON held_round.id = held.round_id
  LEFT JOIN contribution_round_entities held_invited ON held_invited.round_id = held.round_id AND held_invited.entity_id = held.entity_id`;

const blob = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

function toRecord(row: Row): AmendmentRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    sectionId: row.section_id,
    passage: row.passage,
    title: row.title,
    justification: row.justification,
    status: row.status,
    number: row.number,
    authorUserId: row.author_user_id,
    authorName: row.author_name,
    entityId: row.entity_id,
    entityName: row.entity_name,
    baseSeq: row.base_seq,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    submittedByName: row.submitted_by_name,
    submittedSeq: row.submitted_seq,
    decidedAt: row.decided_at,
    decidedByName: row.decided_by_name,
    decisionReason: row.decision_reason,
    withdrawnAt: row.withdrawn_at,
    withdrawnByName: row.withdrawn_by_name,
    mergedSeq: row.merged_seq,
    finalChanges: row.final_changes,
    heldBy:
      row.held_contribution_id === null
        ? null
        : { contributionId: row.held_contribution_id, roundTitle: row.held_round_title!, deadlineAt: row.held_deadline_at!, item: row.held_item === 1 },
    submittedWith: row.submitted_with === null ? null : { contributionId: row.submitted_with },
  };
}

/** Reads and writes amendment rows. Status changes return false when the row was not in the expected status. */
export class AmendmentRepository {
  constructor(private readonly db: Db) {}

  /** One amendment, or null. */
  get(id: string): AmendmentRecord | null {
    const row = this.db.prepare<[string], Row>(`${SELECT} WHERE a.id = ?`).get(id);
    return row ? toRecord(row) : null;
  }

  /** The snapshots an amendment's fork is compared with: its base, and the fork as submitted. */
  snapshots(id: string): { base: Uint8Array; submitted: Uint8Array | null } | null {
    const row = this.db
      .prepare<[string], { base_snapshot: Buffer; submitted_snapshot: Buffer | null }>(
        'SELECT base_snapshot, submitted_snapshot FROM amendments WHERE id = ?',
      )
      .get(id);
    if (!row) return null;
    return { base: new Uint8Array(row.base_snapshot), submitted: row.submitted_snapshot ? new Uint8Array(row.submitted_snapshot) : null };
  }

  /** Every amendment of a document, numbered ones first in order, then drafts by creation. */
  listForDocument(documentId: string): AmendmentRecord[] {
    return this.db
      .prepare<[string], Row>(`${SELECT} WHERE a.document_id = ? ORDER BY a.number IS NULL, a.number, a.created_at`)
      .all(documentId)
      .map(toRecord);
  }

  /** Stores a new draft. */
  insert(amendment: NewAmendment): void {
    this.db
      .prepare(
        `INSERT INTO amendments (id, document_id, section_id, passage, title, justification, status, author_user_id,
                                 entity_id, base_snapshot, base_seq, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        amendment.id,
        amendment.documentId,
        amendment.sectionId,
        amendment.passage,
        amendment.title,
        amendment.justification,
        amendment.authorUserId,
        amendment.entityId,
        blob(amendment.baseSnapshot),
        amendment.baseSeq,
        amendment.at,
        amendment.at,
      );
  }

  /** Changes a draft's title and justification. */
  updateDetails(id: string, details: { title?: string | undefined; justification?: string | undefined }, at: number): boolean {
    const result = this.db
      .prepare(
        `UPDATE amendments SET title = coalesce(?, title), justification = coalesce(?, justification), updated_at = ?
         WHERE id = ? AND status = 'draft'`,
      )
      .run(details.title ?? null, details.justification ?? null, at, id);
    return result.changes === 1;
  }

  /** Submits a draft: the next number of its document, the fork's snapshot as submitted. */
  submit(id: string, by: string, snapshot: Uint8Array, seq: number, at: number): boolean {
    const result = this.db
      .prepare(
        `UPDATE amendments
         SET status = 'submitted', submitted_at = ?, submitted_by = ?, submitted_snapshot = ?, submitted_seq = ?, updated_at = ?,
             number = (SELECT coalesce(max(number), 0) + 1 FROM amendments other WHERE other.document_id = amendments.document_id)
         WHERE id = ? AND status = 'draft'`,
      )
      .run(at, by, blob(snapshot), seq, at, id);
    return result.changes === 1;
  }

  /** Withdraws a draft or a submitted amendment, freezing its changes. */
  withdraw(id: string, by: string, finalChanges: string, at: number): boolean {
    const result = this.db
      .prepare(
        `UPDATE amendments SET status = 'withdrawn', withdrawn_at = ?, withdrawn_by = ?, final_changes = ?, updated_at = ?
         WHERE id = ? AND status IN ('draft', 'submitted')`,
      )
      .run(at, by, finalChanges, at, id);
    return result.changes === 1;
  }

  /** Records the lead's decision on a submitted amendment. */
  decide(
    id: string,
    decision: { status: AmendmentDecision; by: string; reason: string; finalChanges: string },
    at: number,
  ): boolean {
    const result = this.db
      .prepare(
        `UPDATE amendments SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?, final_changes = ?, updated_at = ?
         WHERE id = ? AND status = 'submitted'`,
      )
      .run(decision.status, at, decision.by, decision.reason, decision.finalChanges, at, id);
    return result.changes === 1;
  }

  /** Records the main room's update number under which an accepted amendment was merged. */
  recordMerge(id: string, mergedSeq: number): void {
    this.db.prepare('UPDATE amendments SET merged_seq = ? WHERE id = ?').run(mergedSeq, id);
  }

  /** How many drafts a user has open. */
  openDraftsOf(userId: string): number {
    return this.db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM amendments WHERE author_user_id = ? AND status = 'draft'").get(userId)?.n ?? 0;
  }

  /** The last update number of a room's attribution log (0 for none). */
  lastSeq(room: string): number {
    return this.db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM attribution_log WHERE room = ?').get(room)?.seq ?? 0;
  }
}
