/**
 * Contribution rounds (insteekrondes): the round, its documents and its invited entities with the
 * lead's deadline extensions. Status changes are single statements guarded by the status they expect.
 */
import type { RoundStatus } from '../../shared/domain/contributionRules.js';
import type { Db } from '../storage/database.js';

/** A round as stored, with the names the API shows. */
export interface RoundRecord {
  id: string;
  title: string;
  instructions: string;
  deadlineAt: number;
  status: RoundStatus;
  leadEntityId: string;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  closedAt: number | null;
  documentIds: string[];
  invited: InvitedEntityRecord[];
}

/** One invited entity, with the lead's extension of its deadline if any. */
export interface InvitedEntityRecord {
  entityId: string;
  entityName: string;
  extension: { until: number; byName: string; at: number; reason: string } | null;
}

/** What opening a round stores. */
export interface NewRound {
  id: string;
  dossierId: string;
  title: string;
  instructions: string;
  deadlineAt: number;
  leadEntityId: string;
  createdBy: string;
  documentIds: readonly string[];
  entityIds: readonly string[];
  at: number;
}

interface RoundRow {
  id: string;
  title: string;
  instructions: string;
  deadline_at: number;
  status: RoundStatus;
  lead_entity_id: string;
  created_by: string;
  created_by_name: string;
  created_at: number;
  closed_at: number | null;
}

interface InvitedRow {
  entity_id: string;
  entity_name: string;
  extended_until: number | null;
  extended_by_name: string | null;
  extended_at: number | null;
  extension_reason: string | null;
}

const SELECT = `
  SELECT r.id, r.title, r.instructions, r.deadline_at, r.status, r.lead_entity_id, r.created_by, r.created_at, r.closed_at,
         creator.name AS created_by_name
  FROM contribution_rounds r
  JOIN users creator ON creator.id = r.created_by`;

/** Reads and writes rounds. */
export class ContributionRoundRepository {
  constructor(private readonly db: Db) {}

  /** One round with its documents and invited entities, or null. */
  get(id: string): RoundRecord | null {
    const row = this.db.prepare<[string], RoundRow>(`${SELECT} WHERE r.id = ?`).get(id);
    return row ? this.toRecord(row) : null;
  }

  /** Every round of the dossier, newest first (the caller keeps those the viewer may see). */
  list(dossierId: string): RoundRecord[] {
    return this.db
      .prepare<[string], RoundRow>(`${SELECT} WHERE r.dossier_id = ? ORDER BY r.created_at DESC, r.rowid DESC`)
      .all(dossierId)
      .map((row) => this.toRecord(row));
  }

  /** Stores a new open round with its documents and invited entities. */
  insert(round: NewRound): void {
    this.db
      .prepare(
        `INSERT INTO contribution_rounds (id, dossier_id, title, instructions, deadline_at, status, lead_entity_id, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
      )
      .run(round.id, round.dossierId, round.title, round.instructions, round.deadlineAt, round.leadEntityId, round.createdBy, round.at);
    const document = this.db.prepare('INSERT INTO contribution_round_documents (round_id, document_id) VALUES (?, ?)');
    for (const documentId of round.documentIds) document.run(round.id, documentId);
    const entity = this.db.prepare('INSERT INTO contribution_round_entities (round_id, entity_id) VALUES (?, ?)');
    for (const entityId of round.entityIds) entity.run(round.id, entityId);
  }

  /** Records the lead's extension of one invited entity's deadline (a later one replaces it). */
  extend(roundId: string, entityId: string, extension: { until: number; by: string; reason: string }, at: number): boolean {
    const result = this.db
      .prepare(
        `UPDATE contribution_round_entities SET extended_until = ?, extended_by = ?, extended_at = ?, extension_reason = ?
         WHERE round_id = ? AND entity_id = ?`,
      )
      .run(extension.until, extension.by, at, extension.reason, roundId, entityId);
    return result.changes === 1;
  }

  /** Closes an open round. */
  close(id: string, by: string, at: number): boolean {
    const result = this.db
      .prepare("UPDATE contribution_rounds SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'")
      .run(at, by, id);
    return result.changes === 1;
  }

  private toRecord(row: RoundRow): RoundRecord {
    const documentIds = this.db
      .prepare<[string], { document_id: string }>(
        `SELECT c.document_id FROM contribution_round_documents c JOIN documents d ON d.id = c.document_id
         WHERE c.round_id = ? ORDER BY d.sort`,
      )
      .all(row.id)
      .map((document) => document.document_id);
    const invited = this.db
      .prepare<[string], InvitedRow>(
        `SELECT c.entity_id, e.name AS entity_name, c.extended_until, extender.name AS extended_by_name, c.extended_at, c.extension_reason
         FROM contribution_round_entities c
         JOIN entities e ON e.id = c.entity_id
         LEFT JOIN users extender ON extender.id = c.extended_by
         WHERE c.round_id = ? ORDER BY e.sort`,
      )
      .all(row.id)
      .map((entity) => ({
        entityId: entity.entity_id,
        entityName: entity.entity_name,
        extension:
          entity.extended_until === null
            ? null
            : { until: entity.extended_until, byName: entity.extended_by_name ?? '', at: entity.extended_at ?? 0, reason: entity.extension_reason ?? '' },
      }));
    return {
      id: row.id,
      title: row.title,
      instructions: row.instructions,
      deadlineAt: row.deadline_at,
      status: row.status,
      leadEntityId: row.lead_entity_id,
      createdBy: row.created_by,
      createdByName: row.created_by_name,
      createdAt: row.created_at,
      closedAt: row.closed_at,
      documentIds,
      invited,
    };
  }
}

/** The deadline that holds for one invited entity: its extension, or the round's. */
export function deadlineFor(round: Pick<RoundRecord, 'deadlineAt' | 'invited'>, entityId: string): number {
  return round.invited.find((entity) => entity.entityId === entityId)?.extension?.until ?? round.deadlineAt;
}
