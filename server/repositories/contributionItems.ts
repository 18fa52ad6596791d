/**
 * The items of packages: an amendment (a fork, submitted with its package) or a general remark,
 * tied to a section or the whole document, naming the sub-unit it comes from; dropped or kept by
 * the coordinator, processed by the lead.
 */
import type { ItemKind, ItemProcessing } from '../../shared/domain/contributionRules.js';
import type { Db } from '../storage/database.js';

/** An item as stored, with the names the API shows. */
export interface ItemRecord {
  id: string;
  contributionId: string;
  kind: ItemKind;
  amendmentId: string | null;
  documentId: string;
  sectionId: string | null;
  unitId: string | null;
  unitName: string | null;
  body: string;
  authorUserId: string;
  authorName: string;
  createdAt: number;
  updatedAt: number;
  dropped: boolean;
  processing: ItemProcessing | null;
  processingReason: string | null;
  processedByName: string | null;
  processedAt: number | null;
}

/** What adding an item stores. */
export type NewItem = Pick<
  ItemRecord,
  'id' | 'contributionId' | 'kind' | 'amendmentId' | 'documentId' | 'sectionId' | 'unitId' | 'body' | 'authorUserId'
> & { at: number };

/** An item's columns under the record's names; the coordinator's review is stored as when it dropped the item. */
type Row = Omit<ItemRecord, 'dropped'> & { droppedAt: number | null };

const SELECT = `
  SELECT i.id, i.contribution_id AS contributionId, i.kind, i.amendment_id AS amendmentId, i.document_id AS documentId,
         i.section_id AS sectionId, i.unit_id AS unitId, unit.name AS unitName, i.body, i.author_user_id AS authorUserId,
         author.name AS authorName, i.created_at AS createdAt, i.updated_at AS updatedAt, i.dropped_at AS droppedAt,
         i.processing, i.processing_reason AS processingReason, processor.name AS processedByName, i.processed_at AS processedAt
  FROM contribution_items i
  JOIN users author ON author.id = i.author_user_id
  LEFT JOIN entities unit ON unit.id = i.unit_id
  LEFT JOIN users processor ON processor.id = i.processed_by`;

function toRecord({ droppedAt, ...columns }: Row): ItemRecord {
  return { ...columns, dropped: droppedAt !== null };
}

/** Reads and writes items. */
export class ContributionItemRepository {
  constructor(private readonly db: Db) {}

  /** One item, or null. */
  get(id: string): ItemRecord | null {
    const row = this.db.prepare<[string], Row>(`${SELECT} WHERE i.id = ?`).get(id);
    return row ? toRecord(row) : null;
  }

  /** A package's items in the order they were added. */
  forContribution(contributionId: string): ItemRecord[] {
    return this.db
      .prepare<[string], Row>(`${SELECT} WHERE i.contribution_id = ? ORDER BY i.created_at, i.rowid`)
      .all(contributionId)
      .map(toRecord);
  }

  /**
   * The live package holding an amendment as an item, or null: a draft package in an open round (the
   * item kept or dropped: the coordinator may keep it again), or a submitted one it went out in. An
   * item left in an unsubmitted package of a closed round, or dropped from a submitted one, holds
   * nothing: the amendment may join another package. At most one live package holds an amendment.
   */
  livePackageOfAmendment(amendmentId: string): { contributionId: string } | null {
    const row = this.db
      .prepare<[string], { contributionId: string }>(
        `SELECT c.id AS contributionId
         FROM contribution_items i
         JOIN contributions c ON c.id = i.contribution_id
         JOIN contribution_rounds r ON r.id = c.round_id
         WHERE i.amendment_id = ?
           AND ((c.status = 'draft' AND r.status = 'open') OR (c.status = 'submitted' AND i.dropped_at IS NULL))
         LIMIT 1`,
      )
      .get(amendmentId);
    return row ?? null;
  }

  /** Stores a new item (kept, unprocessed). */
  insert(item: NewItem): void {
    this.db
      .prepare(
        `INSERT INTO contribution_items (id, contribution_id, kind, amendment_id, document_id, section_id, unit_id, body,
                                         author_user_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        item.id,
        item.contributionId,
        item.kind,
        item.amendmentId,
        item.documentId,
        item.sectionId,
        item.unitId,
        item.body,
        item.authorUserId,
        item.at,
        item.at,
      );
  }

  /** Changes an item's text, section or unit (a field left undefined stays as it is). */
  update(id: string, changes: { body?: string; sectionId?: string | null; unitId?: string | null }, at: number): void {
    const current = this.get(id);
    if (!current) return;
    this.db
      .prepare('UPDATE contribution_items SET body = ?, section_id = ?, unit_id = ?, updated_at = ? WHERE id = ?')
      .run(
        changes.body ?? current.body,
        changes.sectionId === undefined ? current.sectionId : changes.sectionId,
        changes.unitId === undefined ? current.unitId : changes.unitId,
        at,
        id,
      );
  }

  /** Takes an item out of its (draft) package. */
  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM contribution_items WHERE id = ?').run(id).changes === 1;
  }

  /** The coordinator's review: drops the item (kept inside the entity) or keeps it. */
  setDropped(id: string, dropped: boolean, by: string, at: number): void {
    this.db
      .prepare('UPDATE contribution_items SET dropped_at = ?, dropped_by = ?, updated_at = ? WHERE id = ?')
      .run(dropped ? at : null, dropped ? by : null, at, id);
  }

  /** Records (or revises) the lead's processing of a remark. */
  process(id: string, processing: { processing: ItemProcessing; reason: string | null; by: string }, at: number): void {
    this.db
      .prepare('UPDATE contribution_items SET processing = ?, processing_reason = ?, processed_by = ?, processed_at = ?, updated_at = ? WHERE id = ?')
      .run(processing.processing, processing.reason, processing.by, at, at, id);
  }
}
