/**
 * Entities' contributions (insteken) to rounds: one package per round and invited entity, created
 * as a draft when the round opens. Reads and guarded changes are those of every round submission.
 */
import type { ContributionStatus } from '../../shared/domain/contributionRules.js';
import type { Db } from '../storage/database.js';
import { insertDraft, selectSubmissions, submitDraft, updateDraftText, type RoundSubmissionRecord } from './roundSubmissions.js';

/** A package as stored, with the names the API shows. */
export interface ContributionRecord extends RoundSubmissionRecord<ContributionStatus> {
  coverNote: string;
}

const SELECT = selectSubmissions('contributions');

/** Reads and writes packages. */
export class ContributionRepository {
  constructor(private readonly db: Db) {}

  /** One package, or null. */
  get(id: string): ContributionRecord | null {
    return this.db.prepare<[string], ContributionRecord>(`${SELECT} WHERE s.id = ?`).get(id) ?? null;
  }

  /** The packages of a round, in the entities' order. */
  forRound(roundId: string): ContributionRecord[] {
    return this.db.prepare<[string], ContributionRecord>(`${SELECT} WHERE s.round_id = ? ORDER BY entity.sort`).all(roundId);
  }

  /** One empty draft package per invited entity, with the ids given. */
  insertDrafts(roundId: string, packages: readonly { id: string; entityId: string }[], at: number): void {
    for (const { id, entityId } of packages) insertDraft(this.db, 'contributions', { id, roundId, entityId }, at);
  }

  /** Changes a draft's cover note. */
  updateCoverNote(id: string, coverNote: string, at: number): boolean {
    return updateDraftText(this.db, 'contributions', id, coverNote, at);
  }

  /** Submits a draft package. */
  submit(id: string, by: string, at: number): boolean {
    return submitDraft(this.db, 'contributions', id, by, at);
  }
}
