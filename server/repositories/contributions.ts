/**
 * Entities' contributions (insteken) to rounds: one package per round and invited entity, created
 * as a draft when the round opens. Status changes are single statements guarded by the status they expect.
 */
import type { ContributionStatus } from '../../shared/domain/contributionRules.js';
import type { Db } from '../storage/database.js';

/** A package as stored, with the names the API shows. */
export interface ContributionRecord {
  id: string;
  roundId: string;
  entityId: string;
  entityName: string;
  status: ContributionStatus;
  coverNote: string;
  createdAt: number;
  updatedAt: number;
  submittedAt: number | null;
  submittedBy: string | null;
  submittedByName: string | null;
}

interface Row {
  id: string;
  round_id: string;
  entity_id: string;
  entity_name: string;
  status: ContributionStatus;
  cover_note: string;
  created_at: number;
  updated_at: number;
  submitted_at: number | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
}

const SELECT = `
  SELECT c.id, c.round_id, c.entity_id, e.name AS entity_name, c.status, c.cover_note, c.created_at, c.updated_at,
         c.submitted_at, c.submitted_by, submitter.name AS submitted_by_name
  FROM contributions c
  JOIN entities e ON e.id = c.entity_id
  LEFT JOIN users submitter ON submitter.id = c.submitted_by`;

function toRecord(row: Row): ContributionRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    entityId: row.entity_id,
    entityName: row.entity_name,
    status: row.status,
    coverNote: row.cover_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    submittedByName: row.submitted_by_name,
  };
}

/** Reads and writes packages. */
export class ContributionRepository {
  constructor(private readonly db: Db) {}

  /** One package, or null. */
  get(id: string): ContributionRecord | null {
    const row = this.db.prepare<[string], Row>(`${SELECT} WHERE c.id = ?`).get(id);
    return row ? toRecord(row) : null;
  }

  /** The packages of a round, in the entities' order. */
  forRound(roundId: string): ContributionRecord[] {
    return this.db.prepare<[string], Row>(`${SELECT} WHERE c.round_id = ? ORDER BY e.sort`).all(roundId).map(toRecord);
  }

  /** One empty draft package per invited entity, with the ids given. */
  insertDrafts(roundId: string, packages: readonly { id: string; entityId: string }[], at: number): void {
    const insert = this.db.prepare(
      "INSERT INTO contributions (id, round_id, entity_id, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)",
    );
    for (const { id, entityId } of packages) insert.run(id, roundId, entityId, at, at);
  }

  /** Changes a draft's cover note. */
  updateCoverNote(id: string, coverNote: string, at: number): boolean {
    const result = this.db
      .prepare("UPDATE contributions SET cover_note = ?, updated_at = ? WHERE id = ? AND status = 'draft'")
      .run(coverNote, at, id);
    return result.changes === 1;
  }

  /** Submits a draft package. */
  submit(id: string, by: string, at: number): boolean {
    const result = this.db
      .prepare("UPDATE contributions SET status = 'submitted', submitted_at = ?, submitted_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'")
      .run(at, by, at, id);
    return result.changes === 1;
  }
}
