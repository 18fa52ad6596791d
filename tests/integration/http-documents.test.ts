/** The dossier and document endpoints, per role. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentList, DossierResponse } from '../../shared/api/schemas.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer & { origin: string };
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

describe('GET /api/dossier', () => {
  it('needs a session', async () => {
    expect((await get('/api/dossier')).status).toBe(401);
  });

  it('gives the documents, entities and timeline of the seed', async () => {
    const body = (await (await get('/api/dossier', await signIn(server, 'adviser@cpg.example'))).json()) as DossierResponse;
    expect(body.title).toBe('Kadernota Integrale Veiligheid en Nationaal Veiligheidsplan 2026-2029');
    expect(body.documents.map((d) => d.id)).toEqual(['kiv', 'nvp']);
    expect(body.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['fod-justitie', 'vlaanderen', 'cpg']));
    expect(body.entities.filter((e) => e.parentId === 'vlaanderen')).toHaveLength(3);
    expect(body.timeline.map((t) => t.date)).toEqual(['2025-09-09', '2026-01-28', '2026-02-03', '2026-02-27', '2027-12-31', '2029-12-31']);
    expect(body.bodies.map((b) => b.id)).toContain('imc');
  });
});

describe('GET /api/documents', () => {
  it('says who may write which document', async () => {
    const access = async (email: string) => {
      const body = (await (await get('/api/documents', await signIn(server, email))).json()) as DocumentList;
      return Object.fromEntries(body.documents.map((d) => [d.id, d.access]));
    };
    expect(await access('lead@justitie.example')).toEqual({ kiv: 'write', nvp: 'read' });
    expect(await access('lead@politie.example')).toEqual({ kiv: 'read', nvp: 'write' });
    expect(await access('coordinator@vlaanderen.example')).toEqual({ kiv: 'read', nvp: 'read' });
    expect(await access('reader@binnenland.example')).toEqual({ kiv: 'read', nvp: 'read' });
  });

  it('lists the outlines with stable ids and the NVP-to-KIV links', async () => {
    const body = (await (await get('/api/documents', await signIn(server, 'reader@binnenland.example'))).json()) as DocumentList;
    const [kiv, nvp] = body.documents;
    expect(kiv!.sections.map((s) => s.id)).toEqual(['kiv-1', 'kiv-2', 'kiv-3', 'kiv-4', 'kiv-5', 'kiv-6']);
    expect(nvp!.sections.map((s) => s.id)).toEqual(['nvp-1', 'nvp-2', 'nvp-3', 'nvp-4', 'nvp-5', 'nvp-6', 'nvp-7']);
    expect(nvp!.sections.find((s) => s.id === 'nvp-2')!.linksTo).toEqual(['kiv-5']);
    expect(kiv!.room).toBe('doc:kiv');
  });
});

describe('GET /api/documents/:id/text', () => {
  it('needs a session, knows its documents and versions', async () => {
    const cookie = await signIn(server, 'reader@binnenland.example');
    expect((await get('/api/documents/kiv/text')).status).toBe(401);
    expect((await get('/api/documents/nope/text', cookie)).status).toBe(404);
    const version = await get('/api/documents/kiv/text?version=v1', cookie);
    expect(version.status).toBe(404);
    expect(((await version.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('gives the plain text with numbered sections and the seed items', async () => {
    const text = await (await get('/api/documents/kiv/text', await signIn(server, 'reader@binnenland.example'))).text();
    expect(text).toContain('1. Veiligheid van de openbare ruimte en democratische waarden\n• Aanpak van hybride dreigingen');
    expect(text).toContain('6. Persoonsgebonden veiligheid');
    const nvp = await (await get('/api/documents/nvp/text', await signIn(server, 'reader@binnenland.example'))).text();
    expect(nvp).toContain('6. Sociale & fiscale fraude\n• Sociale fraude\n• Fiscale fraude');
  });
});
