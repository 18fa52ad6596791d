/** The dossier's fixed facts: entities, bodies, timeline, documents and their outlines. */
import type { Db } from '../storage/database.js';

/** A document with what the API and the permission rules need. */
export interface DocumentRecord {
  id: string;
  title: string;
  short: string;
  motto: string | null;
  leadEntityId: string;
  leadEntityName: string;
  sections: { id: string; kind: string; number: number; title: string; linksTo: string[] }[];
}

/** An entity (or sub-unit). */
export interface EntityRecord {
  id: string;
  name: string;
  level: string;
  parentId: string | null;
}

/** Reads the dossier. Its documents and outlines are fixed facts: read once, then served from memory. */
export class DossierRepository {
  private documentsCache: DocumentRecord[] | null = null;

  constructor(
    private readonly db: Db,
    readonly dossierId: string,
  ) {}

  /** The dossier's title, or null when it has not been seeded. */
  title(): string | null {
    const row = this.db.prepare<[string], { title: string }>('SELECT title FROM dossiers WHERE id = ?').get(this.dossierId);
    return row?.title ?? null;
  }

  /**
   * Every document of the dossier with its outline. Cached: the sync server asks for it on every
   * connection and every revocation check; whatever changes documents or outlines calls invalidate().
   */
  documents(): DocumentRecord[] {
    if (this.documentsCache) return this.documentsCache;
    const documents = this.readDocuments();
    // An empty answer (not seeded yet) is not kept: the seed may be about to write the documents.
    if (documents.length > 0) this.documentsCache = documents;
    return documents;
  }

  /** One document, or null. */
  document(id: string): DocumentRecord | null {
    return this.documents().find((doc) => doc.id === id) ?? null;
  }

  /** Drops the cached documents after a change to them. */
  invalidate(): void {
    this.documentsCache = null;
  }

  private readDocuments(): DocumentRecord[] {
    const docs = this.db
      .prepare<[string], { id: string; title: string; short: string; motto: string | null; lead_entity_id: string; lead_name: string }>(
        `SELECT d.id, d.title, d.short, d.motto, d.lead_entity_id, e.name AS lead_name
         FROM documents d JOIN entities e ON e.id = d.lead_entity_id
         WHERE d.dossier_id = ? ORDER BY d.sort`,
      )
      .all(this.dossierId);
    const sections = this.db
      .prepare<[string], { id: string; document_id: string; kind: string; number: number; title: string; links: string | null }>(
        `SELECT s.id, s.document_id, s.kind, s.number, s.title,
                (SELECT group_concat(l.to_section_id) FROM section_links l WHERE l.from_section_id = s.id) AS links
         FROM sections s JOIN documents d ON d.id = s.document_id
         WHERE d.dossier_id = ? ORDER BY s.document_id, s.number`,
      )
      .all(this.dossierId);
    return docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      short: doc.short,
      motto: doc.motto,
      leadEntityId: doc.lead_entity_id,
      leadEntityName: doc.lead_name,
      sections: sections
        .filter((s) => s.document_id === doc.id)
        .map((s) => ({ id: s.id, kind: s.kind, number: s.number, title: s.title, linksTo: s.links ? s.links.split(',').sort() : [] })),
    }));
  }


  /** Entities and their sub-units, top-level first in seed order. */
  entities(): EntityRecord[] {
    return this.db
      .prepare<[], { id: string; name: string; level: string; parent_id: string | null }>(
        'SELECT id, name, level, parent_id FROM entities ORDER BY sort',
      )
      .all()
      .map((row) => ({ id: row.id, name: row.name, level: row.level, parentId: row.parent_id }));
  }

  /** Bodies of the process. */
  bodies(): { id: string; name: string; does: string }[] {
    return this.db
      .prepare<[string], { id: string; name: string; does: string }>('SELECT id, name, does FROM bodies WHERE dossier_id = ? ORDER BY rowid')
      .all(this.dossierId);
  }

  /** The process timeline in date order. */
  timeline(): { date: string; approximate: string | null; event: string; documentIds: string[] }[] {
    return this.db
      .prepare<[string], { date: string; approximate: string | null; event: string; document_ids: string }>(
        'SELECT date, approximate, event, document_ids FROM timeline_events WHERE dossier_id = ? ORDER BY date, id',
      )
      .all(this.dossierId)
      .map((row) => ({ date: row.date, approximate: row.approximate, event: row.event, documentIds: row.document_ids.split(',') }));
  }
}
