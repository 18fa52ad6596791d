/**
 * Reads a room's attribution log, its client ID bindings and the names of the people and entities
 * in it. The log is written only by the sync gate (server/storage/sqliteRoomStorage.ts) and is
 * append-only, so a reader may remember how far it got and ask only for the rows after.
 */
import type { Statement } from 'better-sqlite3';
import type { AmendmentStatus } from '../../shared/domain/amendmentRules.js';
import type { Db } from '../storage/database.js';
import type { ClockRange } from '../sync/updateInspection.js';

/** One accepted update as the log holds it. */
export interface LogRow {
  seq: number;
  userId: string;
  entityId: string | null;
  at: number;
  inserted: ClockRange[];
  deleted: ClockRange[];
  amendmentId: string | null;
}

/** A client ID's binding in a room. */
export interface ClientOwner {
  userId: string;
  boundAt: number;
}

/** A user as attribution shows them. */
export interface PersonFacts {
  name: string;
  entityId: string | null;
}

/** An entity as attribution shows it. */
export interface EntityFacts {
  name: string;
  parentId: string | null;
  sort: number;
}

/** An amendment as attribution and statistics need it (no snapshots). */
export interface AmendmentFacts {
  id: string;
  number: number | null;
  title: string;
  entityId: string;
  sectionId: string | null;
  status: AmendmentStatus;
  submittedAt: number | null;
  decidedAt: number | null;
}

interface RawAmendment {
  id: string;
  number: number | null;
  title: string;
  entity_id: string;
  section_id: string | null;
  status: AmendmentStatus;
  submitted_at: number | null;
  decided_at: number | null;
}

interface RawRow {
  seq: number;
  user_id: string;
  entity_id: string | null;
  created_at: number;
  inserted: string;
  deleted: string;
  amendment_id: string | null;
}

/** What the gate writes: a JSON list of [client, clock, length] lists of non-negative integers. */
const RANGES_JSON = /^\[(?:\[\d+,\d+,\d+\](?:,\[\d+,\d+,\d+\])*)?\]$/;

/**
 * The log's JSON ranges; anything else (it cannot be, the gate wrote it) counts as no ranges. Read
 * digit by digit rather than through JSON.parse: a long log is 100,000 rows, and the nested arrays
 * JSON.parse allocates for each made most of the cost of reading it.
 */
export function parseRanges(json: string): ClockRange[] {
  if (json.length <= 2 || !RANGES_JSON.test(json)) return [];
  const ranges: ClockRange[] = [];
  // The pattern above vouches for the shape: only digits, commas and brackets, three numbers a range.
  let client = 0;
  let clock = 0;
  let part = 0;
  let value = 0;
  for (let i = 1; i < json.length - 1; i++) {
    const code = json.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      continue;
    }
    if (code === 44 /* , */) {
      if (part === 0) client = value;
      else if (part === 1) clock = value;
      part++;
    } else if (code === 93 /* ] */) {
      ranges.push([client, clock, value]);
    } else {
      part = 0; // "[": a range begins
    }
    value = 0;
  }
  return ranges;
}

/** Reads attribution facts from one database. */
export class AttributionLog {
  private readonly selectRows: Statement<[string, number], RawRow>;
  private readonly selectLastSeq: Statement<[string], { seq: number | null }>;
  private readonly selectMergedAmendments: Statement<[string, number], { amendment_id: string }>;
  private readonly selectOwners: Statement<[string], { client_id: number; user_id: string; bound_at: number }>;
  private readonly selectPeople: Statement<[], { id: string; name: string; entity_id: string | null }>;
  private readonly selectEntities: Statement<[], { id: string; name: string; parent_id: string | null; sort: number }>;
  private readonly selectAmendments: Statement<[string], RawAmendment>;

  constructor(readonly db: Db) {
    this.selectRows = db.prepare<[string, number], RawRow>(
      `SELECT seq, user_id, entity_id, created_at, inserted, deleted, amendment_id
       FROM attribution_log WHERE room = ? AND seq > ? ORDER BY seq`,
    );
    this.selectLastSeq = db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM attribution_log WHERE room = ?');
    this.selectMergedAmendments = db.prepare<[string, number], { amendment_id: string }>(
      'SELECT DISTINCT amendment_id FROM attribution_log WHERE room = ? AND seq > ? AND amendment_id IS NOT NULL',
    );
    this.selectOwners = db.prepare<[string], { client_id: number; user_id: string; bound_at: number }>(
      'SELECT client_id, user_id, bound_at FROM client_ids WHERE room = ?',
    );
    this.selectPeople = db.prepare<[], { id: string; name: string; entity_id: string | null }>('SELECT id, name, entity_id FROM users');
    this.selectEntities = db.prepare<[], { id: string; name: string; parent_id: string | null; sort: number }>(
      'SELECT id, name, parent_id, sort FROM entities',
    );
    // Not the amendment repository's list: that reads every snapshot blob, and nothing here needs them.
    this.selectAmendments = db.prepare<[string], RawAmendment>(
      `SELECT id, number, title, entity_id, section_id, status, submitted_at, decided_at
       FROM amendments WHERE document_id = ? ORDER BY number IS NULL, number, created_at`,
    );
  }

  /** The room's rows after `seq`, oldest first. */
  rowsAfter(room: string, seq: number): LogRow[] {
    return [...this.eachRowAfter(room, seq)];
  }

  /**
   * The room's rows after `seq`, oldest first, one at a time: a long log is read in a fraction of
   * the time and memory of all at once. The connection is busy until the loop ends, so the loop
   * must not query the database.
   */
  *eachRowAfter(room: string, seq: number): Generator<LogRow> {
    for (const row of this.selectRows.iterate(room, seq)) {
      yield {
        seq: row.seq,
        userId: row.user_id,
        entityId: row.entity_id,
        at: row.created_at,
        inserted: parseRanges(row.inserted),
        deleted: parseRanges(row.deleted),
        amendmentId: row.amendment_id,
      };
    }
  }

  /** The amendments merged into the room by rows after `seq`. */
  amendmentsMergedAfter(room: string, seq: number): string[] {
    return this.selectMergedAmendments.all(room, seq).map((row) => row.amendment_id);
  }

  /** The number of the room's last row, 0 when it has none. */
  lastSeq(room: string): number {
    return this.selectLastSeq.get(room)?.seq ?? 0;
  }

  /** Who each client ID of the room is bound to. */
  owners(room: string): Map<number, ClientOwner> {
    return new Map(this.selectOwners.all(room).map((row) => [row.client_id, { userId: row.user_id, boundAt: row.bound_at }]));
  }

  /** Every user's name and entity (a dossier has a few hundred). */
  people(): Map<string, PersonFacts> {
    return new Map(this.selectPeople.all().map((row) => [row.id, { name: row.name, entityId: row.entity_id }]));
  }

  /** Every entity's name, parent and order. */
  entities(): Map<string, EntityFacts> {
    return new Map(this.selectEntities.all().map((row) => [row.id, { name: row.name, parentId: row.parent_id, sort: row.sort }]));
  }

  /** Every amendment of a document, numbered ones first, drafts included: callers filter. */
  amendments(documentId: string): AmendmentFacts[] {
    return this.selectAmendments.all(documentId).map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      entityId: row.entity_id,
      sectionId: row.section_id,
      status: row.status,
      submittedAt: row.submitted_at,
      decidedAt: row.decided_at,
    }));
  }
}
