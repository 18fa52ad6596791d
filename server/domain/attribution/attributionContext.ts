/**
 * What the attribution views need of the server, and what they keep between requests for one
 * database: the resolved log of each main text and the last answers, keyed by the log row they
 * reflect (rows are append-only and every change to a main text is a row, so an answer for the same
 * last row is still right). Kept per database, not per process, so test servers never share it.
 */
import type { AuthorshipRun } from '../../../shared/api/attribution.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';
import { AttributionLog } from '../../repositories/attributionLog.js';
import type { ContributionTally } from './contributionTally.js';
import { AttributionIndex } from './resolvedAttribution.js';

/** The parts of the server the attribution views use (the services satisfy it). */
export interface AttributionDeps {
  db: Db;
  rooms: RoomRegistry;
}

/** Authorship runs of a main text as of log row `seq`; authors by user and entity, in index order. */
export interface CachedRuns {
  seq: number;
  runs: AuthorshipRun[];
  authors: { userId: string; entityId: string | null }[];
}

/** Character counts of a main text as of log row `seq`. */
export interface CachedTally {
  seq: number;
  tally: ContributionTally;
}

/** One database's attribution state. */
export interface AttributionContext {
  log: AttributionLog;
  index: AttributionIndex;
  runs: Map<string, CachedRuns>;
  tallies: Map<string, CachedTally>;
}

const contexts = new WeakMap<Db, AttributionContext>();

/** The attribution state of `db`, created on first use. */
export function attributionContext(db: Db): AttributionContext {
  let context = contexts.get(db);
  if (!context) {
    const log = new AttributionLog(db);
    context = { log, index: new AttributionIndex(log), runs: new Map(), tallies: new Map() };
    contexts.set(db, context);
  }
  return context;
}
