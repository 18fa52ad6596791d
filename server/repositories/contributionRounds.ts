/**
 * Contribution rounds (insteekrondes): the round, its documents and its invited entities with the
 * lead's deadline extensions. Status changes are single statements guarded by the status they expect.
 */
import type { RoundStatus } from '../../shared/domain/contributionRules.js';
import type { Db } from '../storage/database.js';
import { closeOpenRound } from './roundSubmissions.js';

/** A round as stored, with the names the API shows. */
export interface RoundRecord {
  id: string;
  title: string;
  instructions: string;
  deadlineAt: number;
  status: RoundStatus;
  /** The entity of the lead who opened it, for the record; the round is run by its documents' leads. */
  leadEntityId: string;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  closedAt: number | null;
  documentIds: string[];
  /** The entity leading each of its documents (in the documents' order): their leads run the round. */
  documentLeads: { documentId: string; leadEntityId: string }[];
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

/** A round's own columns, under the record's names. */
type RoundRow = Omit<RoundRecord, 'documentIds' | 'documentLeads' | 'invited'>;

interface InvitedRow {
  entityId: string;
  entityName: string;
  extendedUntil: number | null;
  extendedByName: string | null;
  extendedAt: number | null;
  extensionReason: string | null;
}

const SELECT = `
  SELECT r.id, r.title, r.instructions, r.deadline_at AS deadlineAt, r.status, r.lead_entity_id AS leadEntityId,
         r.created_by AS createdBy, r.created_at AS createdAt, r.closed_at AS closedAt, creator.name AS createdByName
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

  /** Records the lead's extension of one invited entity's deadline (the caller checked it is later than the one it replaces). */
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
    return closeOpenRound(this.db, 'contribution_rounds', id, by, at);
  }

  private toRecord(row: RoundRow): RoundRecord {
    const documentLeads = this.db
      .prepare<[string], { documentId: string; leadEntityId: string }>(
        `SELECT c.document_id AS documentId, d.lead_entity_id AS leadEntityId
         FROM contribution_round_documents c JOIN documents d ON d.id = c.document_id
         WHERE c.round_id = ? ORDER BY d.sort`,
      )
      .all(row.id);
    const documentIds = documentLeads.map((document) => document.documentId);
    const invited = this.db
      .prepare<[string], InvitedRow>(
        `SELECT c.entity_id AS entityId, e.name AS entityName, c.extended_until AS extendedUntil, extender.name AS extendedByName,
                c.extended_at AS extendedAt, c.extension_reason AS extensionReason
         FROM contribution_round_entities c
         JOIN entities e ON e.id = c.entity_id
         LEFT JOIN users extender ON extender.id = c.extended_by
         WHERE c.round_id = ? ORDER BY e.sort`,
      )
      .all(row.id)
      .map((entity) => ({
        entityId: entity.entityId,
        entityName: entity.entityName,
        extension:
          entity.extendedUntil === null
            ? null
            : { until: entity.extendedUntil, byName: entity.extendedByName ?? '', at: entity.extendedAt ?? 0, reason: entity.extensionReason ?? '' },
      }));
    return { ...row, documentIds, documentLeads, invited };
  }
}

/** The lead entities of a round's documents, each once: the entities whose leads run the round. */
export function roundLeadEntityIds(round: Pick<RoundRecord, 'documentLeads'>): string[] {
  return [...new Set(round.documentLeads.map((document) => document.leadEntityId))];
}

/** The entity leading one of the round's documents (its leads process the items on it), or null. */
export function documentLeadOf(round: Pick<RoundRecord, 'documentLeads'>, documentId: string): string | null {
  return round.documentLeads.find((document) => document.documentId === documentId)?.leadEntityId ?? null;
}

/** The deadline that holds for one invited entity: its extension, or the round's. */
export function deadlineFor(round: Pick<RoundRecord, 'deadlineAt' | 'invited'>, entityId: string): number {
  return round.invited.find((entity) => entity.entityId === entityId)?.extension?.until ?? round.deadlineAt;
}
