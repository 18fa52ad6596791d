/**
 * Advice rounds and the body's advice: reads with the names the API shows, and state changes each
 * guarded by the status it expects (a change that finds another status returns false). The advice
 * is read and changed as every round submission is.
 */
import type { AdviceRoundStatus, AdviceStatus } from '../../shared/domain/adviceRules.js';
import type { Db } from '../storage/database.js';
import { closeOpenRound, insertDraft, selectSubmissions, submitDraft, touchDraft, updateDraftText, type RoundSubmissionRecord } from './roundSubmissions.js';

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
export interface AdviceRecord extends RoundSubmissionRecord<AdviceStatus> {
  generalText: string;
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

const ROUNDS = `
  SELECT r.id, r.document_id AS documentId, r.version_id AS versionId, v.name AS versionName,
         r.body_entity_id AS bodyEntityId, body.name AS bodyName, r.question, r.consultation_date AS consultationDate,
         r.deadline_at AS deadlineAt, r.status, r.created_by AS createdBy, creator.name AS createdByName,
         r.created_at AS createdAt, r.closed_at AS closedAt, closer.name AS closedByName
  FROM advice_rounds r
  JOIN versions v ON v.id = r.version_id
  JOIN entities body ON body.id = r.body_entity_id
  JOIN users creator ON creator.id = r.created_by
  LEFT JOIN users closer ON closer.id = r.closed_by`;

const ADVICE = selectSubmissions('advice');

/** Reads and writes advice rounds and their advice. */
export class AdviceRepository {
  constructor(private readonly db: Db) {}

  /** One round, or null. */
  round(id: string): AdviceRoundRecord | null {
    return this.db.prepare<[string], AdviceRoundRecord>(`${ROUNDS} WHERE r.id = ?`).get(id) ?? null;
  }

  /** The dossier's rounds (of one document, if given), newest first (rowid breaks a tie within one millisecond). */
  rounds(documentId: string | null): AdviceRoundRecord[] {
    return this.db
      .prepare<{ documentId: string | null }, AdviceRoundRecord>(
        `${ROUNDS} WHERE @documentId IS NULL OR r.document_id = @documentId ORDER BY r.created_at DESC, r.rowid DESC`,
      )
      .all({ documentId });
  }

  /** One advice, or null. */
  advice(id: string): AdviceRecord | null {
    return this.db.prepare<[string], AdviceRecord>(`${ADVICE} WHERE s.id = ?`).get(id) ?? null;
  }

  /** The advice of a round (one per round: the body's), or null. */
  adviceOfRound(roundId: string): AdviceRecord | null {
    return this.db.prepare<[string], AdviceRecord>(`${ADVICE} WHERE s.round_id = ? ORDER BY s.rowid LIMIT 1`).get(roundId) ?? null;
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
    insertDraft(this.db, 'advice', { id: adviceId, roundId: round.id, entityId: round.bodyEntityId }, round.at);
  }

  /** Closes an open round. */
  closeRound(id: string, by: string, at: number): boolean {
    return closeOpenRound(this.db, 'advice_rounds', id, by, at);
  }

  /** Changes a draft's general text. */
  updateGeneralText(id: string, generalText: string, at: number): boolean {
    return updateDraftText(this.db, 'advice', id, generalText, at);
  }

  /** Marks a draft's points changed now (a point added, edited or deleted). */
  touch(id: string, at: number): boolean {
    return touchDraft(this.db, 'advice', id, at);
  }

  /** Submits a draft as a whole. */
  submit(id: string, by: string, at: number): boolean {
    return submitDraft(this.db, 'advice', id, by, at);
  }
}
