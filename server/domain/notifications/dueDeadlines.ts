/**
 * Which deadlines are near for whom: read-only queries on the rounds' tables (migration 3), kept
 * apart from the rounds' own repositories so reminders depend on the stored facts only.
 */
import { DEADLINE_NEAR_MS, timeLeft } from '../../../shared/domain/deadlines.js';
import type { Db } from '../../storage/database.js';

/** Whether a deadline is still ahead of `now` and within DEADLINE_NEAR_MS of it: time to remind. */
export function isDeadlineNear(now: number, deadlineAt: number): boolean {
  const left = timeLeft(now, deadlineAt);
  return left > 0 && left <= DEADLINE_NEAR_MS;
}

/** An invited entity of an open contribution round whose package is still a draft. */
export interface DraftContributionDeadline {
  roundId: string;
  roundTitle: string;
  entityId: string;
  contributionId: string;
  /** The entity's extension if the lead granted one, else the round's deadline. */
  deadlineAt: number;
}

/** An advisory body's draft advice in an open advice round. */
export interface DraftAdviceDeadline {
  roundId: string;
  versionName: string;
  entityId: string;
  deadlineAt: number;
}

/** Draft packages of open contribution rounds whose deadline is near at `now`. */
export function nearContributionDeadlines(db: Db, now: number): DraftContributionDeadline[] {
  return db
    .prepare<[], DraftContributionDeadline>(
      `SELECT r.id AS roundId, r.title AS roundTitle, e.entity_id AS entityId, c.id AS contributionId,
              coalesce(e.extended_until, r.deadline_at) AS deadlineAt
       FROM contribution_rounds r
       JOIN contribution_round_entities e ON e.round_id = r.id
       JOIN contributions c ON c.round_id = r.id AND c.entity_id = e.entity_id
       WHERE r.status = 'open' AND c.status = 'draft'
       ORDER BY r.id, e.entity_id`,
    )
    .all()
    .filter((row) => isDeadlineNear(now, row.deadlineAt));
}

/** Draft advice of open advice rounds whose deadline is near at `now`. */
export function nearAdviceDeadlines(db: Db, now: number): DraftAdviceDeadline[] {
  return db
    .prepare<[], DraftAdviceDeadline>(
      `SELECT r.id AS roundId, v.name AS versionName, a.entity_id AS entityId, r.deadline_at AS deadlineAt
       FROM advice_rounds r
       JOIN versions v ON v.id = r.version_id
       JOIN advice a ON a.round_id = r.id
       WHERE r.status = 'open' AND a.status = 'draft'
       ORDER BY r.id, a.entity_id`,
    )
    .all()
    .filter((row) => isDeadlineNear(now, row.deadlineAt));
}
