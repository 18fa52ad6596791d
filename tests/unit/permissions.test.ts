/** Who may read and write a main text (shared/domain/permissions.ts), with the seeded dossier's facts. */
import { describe, expect, it } from 'vitest';
import { canEditDocument, canReadDocument, documentAccess, type DocumentAccessFacts } from '../../shared/domain/permissions.js';
import type { Actor, Role } from '../../shared/domain/roles.js';
import { DOSSIER_2026_2029 } from '../../server/seed/dossier2026.js';

function seededDocument(id: string): DocumentAccessFacts {
  const document = DOSSIER_2026_2029.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`no seeded document ${id}`);
  return { id: document.id, leadEntityId: document.leadEntityId };
}

const KIV = seededDocument('kiv');
const NVP = seededDocument('nvp');

function actor(role: Role, entityId: string | null): Actor {
  return { userId: `${role}-${entityId ?? 'none'}`, entityId, role };
}

describe('document permissions', () => {
  it('uses the seeded lead entities', () => {
    expect(KIV.leadEntityId).toBe('fod-justitie');
    expect(NVP.leadEntityId).toBe('geintegreerde-politie');
  });

  it("lets the lead of the document's lead entity write", () => {
    const justitieLead = actor('lead', 'fod-justitie');
    expect(canEditDocument(justitieLead, KIV)).toBe(true);
    expect(canReadDocument(justitieLead, KIV)).toBe(true);
    expect(documentAccess(justitieLead, KIV)).toBe('write');

    const politieLead = actor('lead', 'geintegreerde-politie');
    expect(documentAccess(politieLead, NVP)).toBe('write');
  });

  it("lets the lead of another entity only read", () => {
    expect(canEditDocument(actor('lead', 'geintegreerde-politie'), KIV)).toBe(false);
    expect(documentAccess(actor('lead', 'geintegreerde-politie'), KIV)).toBe('read');
    expect(documentAccess(actor('lead', 'fod-justitie'), NVP)).toBe('read');
    expect(documentAccess(actor('lead', 'vlaanderen'), KIV)).toBe('read');
    expect(documentAccess(actor('lead', null), KIV)).toBe('read');
  });

  it.each([
    ['coordinator', 'vlaanderen'],
    ['contributor', 'wallonie'],
    ['adviser', 'cpg'],
    ['reader', 'fod-binnenlandse-zaken'],
    ['admin', null],
  ] as const)('lets a %s (%s) read both texts but write neither', (role, entityId) => {
    const someone = actor(role, entityId);
    for (const document of [KIV, NVP]) {
      expect(canReadDocument(someone, document)).toBe(true);
      expect(canEditDocument(someone, document)).toBe(false);
      expect(documentAccess(someone, document)).toBe('read');
    }
  });

  it.each(['coordinator', 'contributor', 'adviser', 'reader', 'admin'] as const)(
    'does not let a %s of the lead entity write',
    (role) => {
      expect(documentAccess(actor(role, 'fod-justitie'), KIV)).toBe('read');
      expect(documentAccess(actor(role, 'geintegreerde-politie'), NVP)).toBe('read');
    },
  );

  it('gives no access without an actor', () => {
    for (const document of [KIV, NVP]) {
      expect(canReadDocument(null, document)).toBe(false);
      expect(canEditDocument(null, document)).toBe(false);
      expect(documentAccess(null, document)).toBe('none');
    }
  });
});
