/** The version rules: only the document's lead takes versions; every participant reads them. */
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../shared/domain/roles.js';
import { canReadVersions, canTakeVersion } from '../../shared/domain/versionRules.js';

const kiv = { id: 'kiv', leadEntityId: 'fod-justitie' };
const actor = (role: Role, entityId: string | null): Actor => ({ userId: `${role}@${entityId}`, role, entityId });

describe('version rules', () => {
  it("lets only the document's lead take a version", () => {
    expect(canTakeVersion(actor('lead', 'fod-justitie'), kiv)).toBe(true);
    // A lead of another document, and everyone else in the lead entity, may not.
    expect(canTakeVersion(actor('lead', 'geintegreerde-politie'), kiv)).toBe(false);
    for (const role of ['coordinator', 'contributor', 'adviser', 'reader', 'admin'] as const) {
      expect(canTakeVersion(actor(role, 'fod-justitie'), kiv)).toBe(false);
    }
    expect(canTakeVersion(null, kiv)).toBe(false);
  });

  it('lets every signed-in participant read versions, nobody signed out', () => {
    for (const who of [actor('reader', 'fod-binnenlandse-zaken'), actor('adviser', 'cpg'), actor('contributor', 'wallonie'), actor('admin', null)]) {
      expect(canReadVersions(who, kiv)).toBe(true);
    }
    expect(canReadVersions(null, kiv)).toBe(false);
  });
});
