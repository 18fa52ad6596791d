/** The seeded dossier: outlines, first document content and Yjs state, and seedIfEmpty on SQLite. */
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.js';
import { DossierRepository } from '../../server/repositories/dossier.js';
import { UserRepository } from '../../server/repositories/users.js';
import { buildDocumentContent, buildDocumentState } from '../../server/seed/buildDocumentContent.js';
import { DEMO_PASSWORD } from '../../server/seed/demoAccounts.js';
import { DOSSIER_2026_2029, type SeedDocument } from '../../server/seed/dossier2026.js';
import { SEED_CLIENT_ID, SYSTEM_USER_ID, seedIfEmpty } from '../../server/seed/seedDossier.js';
import { openDatabase, type Db } from '../../server/storage/database.js';
import { createSqliteRoomStorage } from '../../server/storage/sqliteRoomStorage.js';
import { schema, sectionOutline } from '../../shared/schema/schema.js';

function seedDocument(id: string): SeedDocument {
  const document = DOSSIER_2026_2029.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`no seeded document ${id}`);
  return document;
}

// As in the reference (reference/kiv-nvp-2026-2029.json beside DESIGN.md).
const KIV_TITLES = [
  'Veiligheid van de openbare ruimte en democratische waarden',
  'Maatschappelijke veiligheid',
  'Economische veiligheid',
  'Ecologische veiligheid',
  'Digitale veiligheid',
  'Persoonsgebonden veiligheid',
];
const NVP_TITLES = [
  'Georganiseerde criminaliteit',
  'Cybercriminaliteit',
  'Radicalisme, gewelddadig extremisme en terrorisme',
  'Geïntegreerd grensbeheer',
  'Verkeersveiligheid',
  'Sociale & fiscale fraude',
  'Intrafamiliaal & seksueel geweld',
];
const KIV_1_ITEMS = [
  'Aanpak van hybride dreigingen, desinformatie en bescherming van kritieke infrastructuren',
  'Geïntegreerd grensbeheer en bescherming van logistieke toegangspoorten',
  'Bescherming van persvrijheid en vrije meningsuiting',
  'Strijd tegen radicalisering, extremisme en terrorisme via een ketengerichte aanpak',
  'Strijd tegen georganiseerde en ondermijnende criminaliteit (mensenhandel en mensensmokkel; drugsproblematiek, illegale wapenhandel, corruptie, witwassen en identiteitsfraude)',
];
// DESIGN.md, "Demo accounts".
const DEMO_TABLE = [
  ['lead@justitie.example', 'fod-justitie', 'lead'],
  ['lead@politie.example', 'geintegreerde-politie', 'lead'],
  ['coordinator@vlaanderen.example', 'vlaanderen', 'coordinator'],
  ['kabinet@vlaanderen.example', 'vlaanderen', 'contributor'],
  ['coordinator@wallonie.example', 'wallonie', 'coordinator'],
  ['contributor@wallonie.example', 'wallonie', 'contributor'],
  ['contributor@politie.example', 'geintegreerde-politie', 'contributor'],
  ['adviser@cpg.example', 'cpg', 'adviser'],
  ['reader@binnenland.example', 'fod-binnenlandse-zaken', 'reader'],
  ['admin@akkoord.example', null, 'admin'],
] as const;

describe('the seeded outlines', () => {
  it('gives the KIV the six security interests kiv-1 … kiv-6', () => {
    expect(sectionOutline(buildDocumentContent(seedDocument('kiv')))).toEqual(
      KIV_TITLES.map((title, index) => ({ id: `kiv-${index + 1}`, kind: 'interest', number: index + 1, title })),
    );
  });

  it('gives the NVP the seven themes nvp-1 … nvp-7', () => {
    expect(sectionOutline(buildDocumentContent(seedDocument('nvp')))).toEqual(
      NVP_TITLES.map((title, index) => ({ id: `nvp-${index + 1}`, kind: 'theme', number: index + 1, title })),
    );
  });

  it("puts kiv-1's five items in its first list", () => {
    const kiv1 = buildDocumentContent(seedDocument('kiv')).child(0);
    const list = kiv1.child(1);
    expect(kiv1.childCount).toBe(2);
    expect(list.type.name).toBe('bullet_list');
    const items: string[] = [];
    list.forEach((item) => {
      expect(item.type.name).toBe('list_item');
      expect(item.childCount).toBe(1);
      items.push(item.child(0).textContent);
    });
    expect(items).toEqual(KIV_1_ITEMS);
  });

  it('gives a section without items an empty paragraph to type in', () => {
    const nvp2 = buildDocumentContent(seedDocument('nvp')).child(1);
    expect(nvp2.attrs).toEqual({ id: 'nvp-2', kind: 'theme', number: 2 });
    expect(nvp2.childCount).toBe(2);
    expect(nvp2.child(1).type.name).toBe('paragraph');
    expect(nvp2.child(1).content.size).toBe(0);
  });

  it('builds content the schema accepts', () => {
    for (const document of DOSSIER_2026_2029.documents) {
      expect(() => buildDocumentContent(document).check()).not.toThrow();
    }
  });
});

describe('buildDocumentState', () => {
  it.each(['kiv', 'nvp'])('decodes to the same %s document', (id) => {
    const document = seedDocument(id);
    const ydoc = new Y.Doc({ gc: false });
    Y.applyUpdate(ydoc, buildDocumentState(document, 4242));
    const roundTrip = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment('prosemirror'), schema);
    expect(roundTrip.eq(buildDocumentContent(document))).toBe(true);
    expect(roundTrip.toJSON()).toEqual(buildDocumentContent(document).toJSON());
    ydoc.destroy();
  });

  it('writes every struct with the given client ID and deletes nothing', () => {
    const state = buildDocumentState(seedDocument('kiv'), 4242);
    const { structs, ds } = Y.decodeUpdate(state);
    expect(structs.length).toBeGreaterThan(0);
    expect(new Set(structs.map((struct) => struct.id.client))).toEqual(new Set([4242]));
    expect(ds.clients.size).toBe(0);
    expect([...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state)).keys()]).toEqual([4242]);
  });

  it('is deterministic for a given client ID', () => {
    const document = seedDocument('nvp');
    expect(buildDocumentState(document, 1)).toEqual(buildDocumentState(document, 1));
  });
});

describe('seedIfEmpty', () => {
  let db: Db;
  let firstResult: Awaited<ReturnType<typeof seedIfEmpty>>;
  let secondResult: Awaited<ReturnType<typeof seedIfEmpty>>;

  beforeAll(async () => {
    db = openDatabase(':memory:');
    firstResult = await seedIfEmpty(db, { demo: true });
    secondResult = await seedIfEmpty(db, { demo: true });
  });

  it('seeds once: the second call changes nothing', () => {
    expect(firstResult).toEqual({ seededDossier: true, seededDemoAccounts: true });
    expect(secondResult).toEqual({ seededDossier: false, seededDemoAccounts: false });
    expect(db.prepare('SELECT count(*) AS n FROM dossiers').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM sections').get()).toEqual({ n: 13 });
    expect(db.prepare('SELECT count(*) AS n FROM room_updates').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: 6 });
  });

  it('creates the ten demo accounts of DESIGN.md and the system user, nobody else', () => {
    const users = new UserRepository(db, '2026-2029');
    for (const [email, entityId, role] of DEMO_TABLE) {
      const user = users.findByEmail(email);
      expect(user, email).not.toBeNull();
      expect({ email, entityId: user!.entityId, role: user!.role, disabled: user!.disabled }).toEqual({
        email,
        entityId,
        role,
        disabled: false,
      });
    }
    const ids = db.prepare<[], { id: string }>('SELECT id FROM users').all().map((row) => row.id);
    expect(ids).toHaveLength(DEMO_TABLE.length + 1);
    expect(users.findById(SYSTEM_USER_ID)?.disabled).toBe(true);
  });

  it('gives the demo accounts the published password', async () => {
    const lead = new UserRepository(db, '2026-2029').findByEmail('lead@politie.example')!;
    expect(await verifyPassword(lead.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(lead.passwordHash, 'veiligheid2025')).toBe(false);
  });

  it('stores the documents with their lead entities and outlines', () => {
    const dossier = new DossierRepository(db, '2026-2029');
    expect(dossier.title()).toBe('Kadernota Integrale Veiligheid en Nationaal Veiligheidsplan 2026-2029');
    const documents = dossier.documents();
    expect(documents.map((d) => [d.id, d.short, d.leadEntityId])).toEqual([
      ['kiv', 'KIV', 'fod-justitie'],
      ['nvp', 'NVP', 'geintegreerde-politie'],
    ]);
    expect(documents[0]!.sections.map((s) => s.title)).toEqual(KIV_TITLES);
    expect(documents[1]!.sections.map((s) => s.title)).toEqual(NVP_TITLES);
    expect(documents[1]!.motto).toBe('Doelgericht. Geïntegreerd. Veilig.');
  });

  it('stores the six timeline events in date order', () => {
    const timeline = new DossierRepository(db, '2026-2029').timeline();
    expect(timeline.map((event) => event.date)).toEqual([
      '2025-09-09',
      '2026-01-28',
      '2026-02-03',
      '2026-02-27',
      '2027-12-31',
      '2029-12-31',
    ]);
    expect(timeline[0]!.documentIds).toEqual(['kiv']);
    expect(timeline[3]!.documentIds).toEqual(['kiv', 'nvp']);
    expect(timeline[4]!.approximate).toBe('eind 2027 - begin 2028');
  });

  it('links each NVP theme to its KIV security interest', () => {
    const nvp = new DossierRepository(db, '2026-2029').document('nvp')!;
    expect(Object.fromEntries(nvp.sections.map((s) => [s.id, s.linksTo]))).toEqual({
      'nvp-1': ['kiv-1'],
      'nvp-2': ['kiv-5'],
      'nvp-3': ['kiv-1'],
      'nvp-4': ['kiv-1'],
      'nvp-5': ['kiv-2'],
      'nvp-6': ['kiv-3'],
      'nvp-7': ['kiv-6'],
    });
    const kiv = new DossierRepository(db, '2026-2029').document('kiv')!;
    expect(kiv.sections.every((s) => s.linksTo.length === 0)).toBe(true);
  });

  it('stores each main text as one update written by the system client ID', () => {
    const storage = createSqliteRoomStorage(db);
    for (const id of ['kiv', 'nvp']) {
      const room = storage.load(`doc:${id}`);
      expect(room.updates).toHaveLength(1);
      expect([...room.owners]).toEqual([[SEED_CLIENT_ID, SYSTEM_USER_ID]]);
      const ydoc = new Y.Doc({ gc: false });
      Y.applyUpdate(ydoc, room.updates[0]!);
      const stored = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment('prosemirror'), schema);
      expect(stored.eq(buildDocumentContent(seedDocument(id)))).toBe(true);
      ydoc.destroy();
    }
  });

  it('seeds the dossier without accounts when not a demo', async () => {
    const bare = openDatabase(':memory:');
    expect(await seedIfEmpty(bare, { demo: false })).toEqual({ seededDossier: true, seededDemoAccounts: false });
    expect(bare.prepare('SELECT id FROM users').all()).toEqual([{ id: SYSTEM_USER_ID }]);
  });
});
