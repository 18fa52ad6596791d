/**
 * What a contribution package and a body's advice have in common: each is one entity's draft in a
 * round, holding one text (the cover note, the general text), that the entity submits as a whole.
 * Both tables have the same columns for this, so they are read and changed by the same statements;
 * so are both kinds of round when their lead closes them. Every change is guarded by the status it
 * expects (a change that finds another status returns false).
 */
import type { Db } from '../storage/database.js';

/** The fields a package and an advice share, with the names the API shows. */
export interface RoundSubmissionRecord<Status extends string> {
  id: string;
  roundId: string;
  entityId: string;
  entityName: string;
  status: Status;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
  submittedByName: string | null;
}

/** Each table of submissions, with the column holding its text and the record field that names it. */
const TABLES = {
  contributions: { textColumn: 'cover_note', textField: 'coverNote' },
  advice: { textColumn: 'general_text', textField: 'generalText' },
} as const;

/** The tables holding round submissions. */
export type SubmissionTable = keyof typeof TABLES;

/**
 * The SELECT of a table's submissions with the record's field names (the text under its own name);
 * the submission is `s` and its entity `entity`, for the caller's WHERE and ORDER BY.
 */
export function selectSubmissions(table: SubmissionTable): string {
  const { textColumn, textField } = TABLES[table];
  return `
  SELECT s.id, s.round_id AS roundId, s.entity_id AS entityId, entity.name AS entityName, s.status,
         s.${textColumn} AS ${textField}, s.created_at AS createdAt, s.updated_at AS updatedAt,
         s.submitted_at AS submittedAt, submitter.name AS submittedByName
  FROM ${table} s
  JOIN entities entity ON entity.id = s.entity_id
  LEFT JOIN users submitter ON submitter.id = s.submitted_by`;
}

/** Stores an entity's new empty draft in a round. */
export function insertDraft(db: Db, table: SubmissionTable, draft: { id: string; roundId: string; entityId: string }, at: number): void {
  db.prepare(`INSERT INTO ${table} (id, round_id, entity_id, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)`).run(
    draft.id,
    draft.roundId,
    draft.entityId,
    at,
    at,
  );
}

/** Changes a draft's text. */
export function updateDraftText(db: Db, table: SubmissionTable, id: string, text: string, at: number): boolean {
  const { textColumn } = TABLES[table];
  return db.prepare(`UPDATE ${table} SET ${textColumn} = ?, updated_at = ? WHERE id = ? AND status = 'draft'`).run(text, at, id).changes === 1;
}

/** Marks a draft changed now (something it holds was added, edited or deleted). */
export function touchDraft(db: Db, table: SubmissionTable, id: string, at: number): boolean {
  return db.prepare(`UPDATE ${table} SET updated_at = ? WHERE id = ? AND status = 'draft'`).run(at, id).changes === 1;
}

/** Submits a draft as a whole. */
export function submitDraft(db: Db, table: SubmissionTable, id: string, by: string, at: number): boolean {
  return (
    db
      .prepare(`UPDATE ${table} SET status = 'submitted', submitted_at = ?, submitted_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'`)
      .run(at, by, at, id).changes === 1
  );
}

/** The round tables: both kinds of round are open until their lead closes them. */
export type RoundTable = 'contribution_rounds' | 'advice_rounds';

/** Closes an open round. */
export function closeOpenRound(db: Db, table: RoundTable, id: string, by: string, at: number): boolean {
  return db.prepare(`UPDATE ${table} SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'`).run(at, by, id).changes === 1;
}
