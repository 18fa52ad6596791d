/**
 * Version records (immutable once written: there is no update or delete), and the two facts a
 * comparison of versions needs about a main text's room: who owns each Yjs client id, and who
 * deleted what.
 */
import type { Db } from '../storage/database.js';

/** A version without its bytes: what lists show. */
export interface VersionSummaryRecord {
  id: string;
  documentId: string;
  name: string;
  createdAt: number;
  createdByUserId: string;
  createdByName: string;
  createdByEntityId: string | null;
}

/** A version with the main text's whole state and its Y.snapshot when it was taken. */
export interface VersionRecord extends VersionSummaryRecord {
  /** Y.encodeStateAsUpdate of the main text: a Y.Doc built from it is the version. */
  state: Uint8Array;
  /** Y.encodeSnapshot of the main text: compared against the live main text, which keeps every struct. */
  snapshot: Uint8Array;
}

/** What a new version needs. */
export interface NewVersion {
  id: string;
  documentId: string;
  name: string;
  createdBy: string;
  createdAt: number;
  state: Uint8Array;
  snapshot: Uint8Array;
}

/** One update's deletions in a room's attribution log: [client, clock, length] ranges, by whom. */
export interface DeletionRow {
  entityId: string | null;
  deleted: [number, number, number][];
}

interface SummaryRow {
  id: string;
  document_id: string;
  name: string;
  created_at: number;
  created_by: string;
  created_by_name: string;
  created_by_entity_id: string | null;
}

interface Row extends SummaryRow {
  state: Buffer;
  snapshot: Buffer;
}

const SUMMARY_COLUMNS = `v.id, v.document_id, v.name, v.created_at, v.created_by,
  u.name AS created_by_name, u.entity_id AS created_by_entity_id`;
const FROM = 'FROM versions v JOIN users u ON u.id = v.created_by';

const blob = (data: Uint8Array): Buffer => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

function toSummary(row: SummaryRow): VersionSummaryRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    createdAt: row.created_at,
    createdByUserId: row.created_by,
    createdByName: row.created_by_name,
    createdByEntityId: row.created_by_entity_id,
  };
}

/** Reads and writes versions. */
export class VersionRepository {
  constructor(private readonly db: Db) {}

  /** One version with its bytes, or null. */
  get(id: string): VersionRecord | null {
    const row = this.db.prepare<[string], Row>(`SELECT ${SUMMARY_COLUMNS}, v.state, v.snapshot ${FROM} WHERE v.id = ?`).get(id);
    return row ? { ...toSummary(row), state: new Uint8Array(row.state), snapshot: new Uint8Array(row.snapshot) } : null;
  }

  /** One version with its snapshot but not its (large) state: what a comparison needs. */
  withSnapshot(id: string): (VersionSummaryRecord & { snapshot: Uint8Array }) | null {
    const row = this.db.prepare<[string], SummaryRow & { snapshot: Buffer }>(`SELECT ${SUMMARY_COLUMNS}, v.snapshot ${FROM} WHERE v.id = ?`).get(id);
    return row ? { ...toSummary(row), snapshot: new Uint8Array(row.snapshot) } : null;
  }

  /** One version without its bytes, or null. */
  summary(id: string): VersionSummaryRecord | null {
    const row = this.db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE v.id = ?`).get(id);
    return row ? toSummary(row) : null;
  }

  /** A document's versions, newest first (rowid breaks a tie within one millisecond). */
  listForDocument(documentId: string): VersionSummaryRecord[] {
    return this.db
      .prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE v.document_id = ? ORDER BY v.created_at DESC, v.rowid DESC`)
      .all(documentId)
      .map(toSummary);
  }

  /** Stores a new version. */
  insert(version: NewVersion): void {
    this.db
      .prepare('INSERT INTO versions (id, document_id, name, created_by, created_at, state, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(version.id, version.documentId, version.name, version.createdBy, version.createdAt, blob(version.state), blob(version.snapshot));
  }

  /**
   * The entity of the user each Yjs client id of a room is bound to (the server binds a client id
   * to the first user who writes with it). The seed's client belongs to no entity.
   */
  clientEntities(room: string): Map<number, string | null> {
    const rows = this.db
      .prepare<[string], { client_id: number; entity_id: string | null }>(
        'SELECT c.client_id, u.entity_id FROM client_ids c JOIN users u ON u.id = c.user_id WHERE c.room = ?',
      )
      .all(room);
    return new Map(rows.map((row) => [row.client_id, row.entity_id]));
  }

  /**
   * The room's updates that deleted something, from `since` on, oldest first: an update's delete
   * set may repeat deletions already made (a reconnecting client sends its whole delete set), so
   * the first row that names a struct is the one that deleted it.
   */
  deletionsSince(room: string, since: number): DeletionRow[] {
    return this.db
      .prepare<[string, number], { entity_id: string | null; deleted: string }>(
        "SELECT entity_id, deleted FROM attribution_log WHERE room = ? AND created_at >= ? AND deleted <> '[]' ORDER BY seq",
      )
      .all(room, since)
      .map((row) => ({ entityId: row.entity_id, deleted: JSON.parse(row.deleted) as [number, number, number][] }));
  }
}
