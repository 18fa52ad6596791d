/**
 * Advice rounds and the body's advice: reads with the names the API shows, and state changes each
 * guarded by the status it expects (a change that finds another status returns false).
 */
import type { AdviceRoundStatus, AdviceStatus } from '../../shared/domain/adviceRules.js';
import type { Db } from '../storage/database.js';

/** An advice round as stored, with its version's, body's and opener's names. */
export interface AdviceRoundRecord {
  id: string;
  documentId: string;
  versionId: string;
  versionName: string;
  bodyEntityId: string;
  bodyName: string;
  question: string;
  consultationDate: string;
  deadlineAt: number;
  status: AdviceRoundStatus;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  closedAt: number | null;
  closedByName: string | null;
}

/** The body's advice on a round, as stored. */
export interface AdviceRecord {
  id: string;
  roundId: string;
  entityId: string;
  entityName: string;
  status: AdviceStatus;
  generalText: string;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
  submittedByName: string | null;
}

/** What a new round needs (its advice row is inserted beside it). */
export interface NewAdviceRound {
  id: string;
  dossierId: string;
  documentId: string;
  versionId: string;
  bodyEntityId: string;
  question: string;
  consultationDate: string;
  deadlineAt: number;
  createdBy: string;
  at: number;
}

interface RoundRow {
  id: string;
  document_id: string;
  version_id: string;
  version_name: string;
  body_entity_id: string;
  body_name: string;
  question: string;
  consultation_date: string;
  deadline_at: number;
  status: AdviceRoundStatus;
  created_by: string;
  created_by_name: string;
  created_at: number;
  closed_at: number | null;
  closed_by_name: string | null;
}

interface AdviceRow {
  id: string;
  round_id: string;
  entity_id: string;
  entity_name: string;
  status: AdviceStatus;
  general_text: string;
  created_at: number;
  updated_at: number;
  submitted_at: number | null;
  submitted_by_name: string | null;
}

const ROUNDS = `
  SELECT r.id, r.document_id, r.version_id, v.name AS version_name, r.body_entity_id, body.name AS body_name,
         r.question, r.consultation_date, r.deadline_at, r.status, r.created_by, creator.name AS created_by_name,
         r.created_at, r.closed_at, closer.name AS closed_by_name
  FROM advice_rounds r
  JOIN versions v ON v.id = r.version_id
  JOIN entities body ON body.id = r.body_entity_id
  JOIN users creator ON creator.id = r.created_by
  LEFT JOIN users closer ON closer.id = r.closed_by`;

const ADVICE = `
  SELECT a.id, a.round_id, a.entity_id, entity.name AS entity_name, a.status, a.general_text, a.created_at,
         a.updated_at, a.submitted_at, submitter.name AS submitted_by_name
  FROM advice a
  JOIN entities entity ON entity.id = a.entity_id
  LEFT JOIN users submitter ON submitter.id = a.submitted_by`;

function toRound(row: RoundRow): AdviceRoundRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    versionName: row.version_name,
    bodyEntityId: row.body_entity_id,
    bodyName: row.body_name,
    question: row.question,
    consultationDate: row.consultation_date,
    deadlineAt: row.deadline_at,
    status: row.status,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    closedByName: row.closed_by_name,
  };
}

function toAdvice(row: AdviceRow): AdviceRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    entityId: row.entity_id,
    entityName: row.entity_name,
    status: row.status,
    generalText: row.general_text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    submittedByName: row.submitted_by_name,
  };
}

/** Reads and writes advice rounds and their advice. */
export class AdviceRepository {
  constructor(private readonly db: Db) {}

  /** One round, or null. */
  round(id: string): AdviceRoundRecord | null {
    const row = this.db.prepare<[string], RoundRow>(`${ROUNDS} WHERE r.id = ?`).get(id);
    return row ? toRound(row) : null;
  }

  /** The dossier's rounds (of one document, if given), newest first (rowid breaks a tie within one millisecond). */
  rounds(documentId: string | null): AdviceRoundRecord[] {
    return this.db
      .prepare<{ documentId: string | null }, RoundRow>(
        `${ROUNDS} WHERE @documentId IS NULL OR r.document_id = @documentId ORDER BY r.created_at DESC, r.rowid DESC`,
      )
      .all({ documentId })
      .map(toRound);
  }

  /** One advice, or null. */
  advice(id: string): AdviceRecord | null {
    const row = this.db.prepare<[string], AdviceRow>(`${ADVICE} WHERE a.id = ?`).get(id);
    return row ? toAdvice(row) : null;
  }

  /** The advice of a round (one per round: the body's), or null. */
  adviceOfRound(roundId: string): AdviceRecord | null {
    const row = this.db.prepare<[string], AdviceRow>(`${ADVICE} WHERE a.round_id = ? ORDER BY a.rowid LIMIT 1`).get(roundId);
    return row ? toAdvice(row) : null;
  }

  /** Stores a new open round and the body's empty draft advice (call inside a transaction). */
  insertRound(round: NewAdviceRound, adviceId: string): void {
    this.db
      .prepare(
        `INSERT INTO advice_rounds (id, dossier_id, document_id, version_id, body_entity_id, question, consultation_date,
                                    deadline_at, status, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(
        round.id,
        round.dossierId,
        round.documentId,
        round.versionId,
        round.bodyEntityId,
        round.question,
        round.consultationDate,
        round.deadlineAt,
        round.createdBy,
        round.at,
      );
    this.db
      .prepare(`INSERT INTO advice (id, round_id, entity_id, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)`)
      .run(adviceId, round.id, round.bodyEntityId, round.at, round.at);
  }

  /** Closes an open round. */
  closeRound(id: string, by: string, at: number): boolean {
    return (
      this.db.prepare(`UPDATE advice_rounds SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'`).run(at, by, id)
        .changes === 1
    );
  }

  /** Changes a draft's general text. */
  updateGeneralText(id: string, generalText: string, at: number): boolean {
    return this.db.prepare(`UPDATE advice SET general_text = ?, updated_at = ? WHERE id = ? AND status = 'draft'`).run(generalText, at, id).changes === 1;
  }

  /** Marks a draft's points changed now (a point added, edited or deleted). */
  touch(id: string, at: number): boolean {
    return this.db.prepare(`UPDATE advice SET updated_at = ? WHERE id = ? AND status = 'draft'`).run(at, id).changes === 1;
  }

  /** Submits a draft as a whole. */
  submit(id: string, by: string, at: number): boolean {
    return (
      this.db
        .prepare(`UPDATE advice SET status = 'submitted', submitted_at = ?, submitted_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'`)
        .run(at, by, at, id).changes === 1
    );
  }
}
