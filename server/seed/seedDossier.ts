/**
 * Seeds an empty database with the 2026-2029 dossier and, for the demo, its accounts. Runs in one
 * transaction and only when the dossier is missing, so a restart never seeds twice.
 */
import { randomUUID } from 'node:crypto';
import { documentRoom } from '../../shared/protocol/rooms.js';
import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../storage/database.js';
import { createSqliteRoomStorage } from '../storage/sqliteRoomStorage.js';
import { buildDocumentState } from './buildDocumentContent.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts.js';
import { DOSSIER_2026_2029, type SeedDossier } from './dossier2026.js';

/** The user the seeded text is attributed to. It cannot sign in. */
export const SYSTEM_USER_ID = 'system';
/** The Yjs client ID of the seeded text (bound to the system user). */
export const SEED_CLIENT_ID = 1;

/** What was seeded. */
export interface SeedResult {
  seededDossier: boolean;
  seededDemoAccounts: boolean;
}

/** Seeds the dossier (and demo accounts when `demo`) if the database has no dossier yet. */
export async function seedIfEmpty(db: Db, options: { demo: boolean; dossier?: SeedDossier }): Promise<SeedResult> {
  const dossier = options.dossier ?? DOSSIER_2026_2029;
  const exists = db.prepare('SELECT 1 FROM dossiers WHERE id = ?').get(dossier.id);
  if (exists) return { seededDossier: false, seededDemoAccounts: false };
  // Hashed before the transaction (it is async). One hash serves every demo account: they share
  // a published password anyway, and start-up stays quick.
  const demoHash = options.demo ? await hashPassword(DEMO_PASSWORD) : null;
  db.transaction(() => {
    writeDossier(db, dossier);
    if (demoHash) writeDemoAccounts(db, dossier.id, demoHash);
  })();
  return { seededDossier: true, seededDemoAccounts: demoHash !== null };
}

function writeDossier(db: Db, dossier: SeedDossier): void {
  const now = Date.now();
  db.prepare('INSERT INTO dossiers (id, title, created_at) VALUES (?, ?, ?)').run(dossier.id, dossier.title, now);
  const insertEntity = db.prepare('INSERT INTO entities (id, name, level, parent_id, sort) VALUES (?, ?, ?, ?, ?)');
  let sort = 0;
  for (const entity of dossier.entities) {
    insertEntity.run(entity.id, entity.name, entity.level, null, sort++);
    entity.units.forEach((unit, index) => insertEntity.run(`${entity.id}-unit-${index + 1}`, unit, 'unit', entity.id, sort++));
  }
  db.prepare(
    `INSERT INTO users (id, email, name, entity_id, password_hash, disabled_at, created_at)
     VALUES (?, 'system@akkoord.invalid', 'Akkoord', NULL, '!', ?, ?)`,
  ).run(SYSTEM_USER_ID, now, now);

  const insertDocument = db.prepare(
    'INSERT INTO documents (id, dossier_id, title, short, motto, lead_entity_id, sort) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertSection = db.prepare('INSERT INTO sections (id, document_id, kind, number, title) VALUES (?, ?, ?, ?, ?)');
  const insertLink = db.prepare('INSERT INTO section_links (from_section_id, to_section_id) VALUES (?, ?)');
  const storage = createSqliteRoomStorage(db);
  dossier.documents.forEach((document, index) => {
    insertDocument.run(document.id, dossier.id, document.title, document.short, document.motto, document.leadEntityId, index);
    for (const section of document.sections) {
      insertSection.run(section.id, document.id, section.kind, section.number, section.title);
    }
    const state = buildDocumentState(document, SEED_CLIENT_ID);
    storage.append(
      documentRoom(document.id),
      state,
      { userId: SYSTEM_USER_ID, entityId: null, at: now, inserted: [], deleted: [] },
      [SEED_CLIENT_ID],
    );
  });
  // Links after every section exists (they cross documents).
  for (const document of dossier.documents) {
    for (const section of document.sections) {
      for (const target of section.linksTo) insertLink.run(section.id, target);
    }
  }

  const insertBody = db.prepare('INSERT INTO bodies (id, dossier_id, name, does) VALUES (?, ?, ?, ?)');
  for (const body of dossier.bodies) insertBody.run(body.id, dossier.id, body.name, body.does);
  const insertEvent = db.prepare(
    'INSERT INTO timeline_events (dossier_id, date, approximate, event, document_ids) VALUES (?, ?, ?, ?, ?)',
  );
  for (const event of dossier.timeline) {
    insertEvent.run(dossier.id, event.date, event.approximate, event.event, event.documentIds.join(','));
  }
}

function writeDemoAccounts(db: Db, dossierId: string, passwordHash: string): void {
  const insertUser = db.prepare(
    'INSERT INTO users (id, email, name, entity_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMembership = db.prepare('INSERT INTO memberships (dossier_id, user_id, role) VALUES (?, ?, ?)');
  for (const account of DEMO_ACCOUNTS) {
    const id = randomUUID();
    insertUser.run(id, account.email, account.name, account.entityId, passwordHash, Date.now());
    insertMembership.run(dossierId, id, account.role);
  }
}
