/**
 * Words and choices of the versions pages (client/versions/versionText.ts): the sides a comparison
 * starts with or its query names, how a side is labelled (dates as in Belgium), the entities whose
 * changes it shows, and its blocks by section.
 */
import { describe, expect, it } from 'vitest';
import { blocksBySection, changeEntities, defaultSides, sideLabel, sidesFromQuery, versionChoiceLabel } from '../../client/versions/versionText.js';
import type { DiffBlock } from '../../shared/api/amendments.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import { t as translate, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

const t = (key: MessageKey, params?: MessageParams) => translate('nl', key, params);

// 27/02/2026 10:30 in Brussels (UTC+1 in winter).
const FEB_27 = Date.UTC(2026, 1, 27, 9, 30);
const version = (id: string, name: string, createdAt = FEB_27): VersionSummary => ({
  id,
  documentId: 'kiv',
  name,
  createdAt,
  createdByUserId: 'lead',
  createdByName: 'Sofie Claes',
  createdByEntityId: 'fod-justitie',
});

const block = (sectionId: string | null, ...segments: DiffBlock['segments']): DiffBlock => ({ sectionId, kind: 'paragraph', segments });

describe('versions in words', () => {
  it('starts a comparison with the newest version against the text now', () => {
    expect(defaultSides([version('v2', 'Tweede'), version('v1', 'Eerste')])).toEqual({ from: 'v2', to: 'current' });
    expect(defaultSides([])).toEqual({ from: 'current', to: 'current' });
  });

  it('reads the sides from the query, a missing side being the current text', () => {
    expect(sidesFromQuery(new URLSearchParams('from=v1&to=v2'))).toEqual({ from: 'v1', to: 'v2' });
    expect(sidesFromQuery(new URLSearchParams('from=v1'))).toEqual({ from: 'v1', to: 'current' });
    expect(sidesFromQuery(new URLSearchParams('from=&to='))).toEqual({ from: 'current', to: 'current' });
  });

  it('labels versions and sides with Belgian dates', () => {
    const v1 = version('v1', 'Ontwerp voor advies CPG');
    expect(versionChoiceLabel(v1, t)).toBe('Ontwerp voor advies CPG (27/02/2026)');
    expect(sideLabel({ version: v1, at: FEB_27 }, t)).toBe('Ontwerp voor advies CPG (27/02/2026 10:30)');
    expect(sideLabel({ version: null, at: Date.UTC(2026, 6, 1, 12, 0) }, t)).toBe('Huidige tekst (01/07/2026 14:00)');
    expect(sideLabel({ version: null, at: FEB_27 }, (key, params) => translate('fr', key, params))).toBe('Texte actuel (27/02/2026 10:30)');
  });

  it('lists the entities whose changes are shown, once each, unknown writers as null', () => {
    const blocks = [
      block('kiv-1', { text: 'oud', change: null }, { text: 'nieuw', change: 'added', entityId: 'fod-justitie' }),
      block('kiv-2', { text: 'weg', change: 'removed', entityId: 'vlaanderen' }, { text: 'ook', change: 'added' }),
      block('kiv-2', { text: 'meer', change: 'added', entityId: 'fod-justitie' }, { text: 'ongewijzigd', change: null, entityId: 'wallonie' }),
    ];
    expect(changeEntities(blocks)).toEqual(['fod-justitie', 'vlaanderen', null]);
    expect(changeEntities([])).toEqual([]);
  });

  it('groups consecutive blocks of a section', () => {
    const groups = blocksBySection([block('kiv-1'), block('kiv-1'), block('kiv-2'), block(null), block('kiv-1')]);
    expect(groups.map((group) => [group.sectionId, group.blocks.length])).toEqual([
      ['kiv-1', 2],
      ['kiv-2', 1],
      [null, 1],
      ['kiv-1', 1],
    ]);
  });
});
