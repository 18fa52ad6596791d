/**
 * What the "Bijdragen" panel writes: the rows per entity and per section (for one entity too), the
 * chart's bars without the original text, Belgian number formats, and the words of a passage's card.
 */
import { describe, expect, it } from 'vitest';
import { passageDetails, passageText } from '../../client/attribution/passageDetails.js';
import { formatCount } from '../../client/attribution/numberFormat.js';
import { chartBars, entityRows, sectionRows } from '../../client/attribution/statisticsRows.js';
import type { Translate } from '../../client/i18n.js';
import type { ContributionCounts, DocumentAuthorship, DocumentStatistics } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { t as translate, type Language } from '../../shared/i18n/strings.js';

const counts = (values: Partial<ContributionCounts>): ContributionCounts => ({
  added: 0,
  removed: 0,
  submitted: 0,
  accepted: 0,
  acceptedModified: 0,
  rejected: 0,
  withdrawn: 0,
  ...values,
});

const statistics: DocumentStatistics = {
  documentId: 'kiv',
  seq: 9,
  entities: [
    { entityId: null, name: 'oorspronkelijke tekst', original: true, color: '#555555' },
    { entityId: 'fod-justitie', name: 'FOD Justitie', original: false, color: '#8e2c48' },
    { entityId: 'vlaanderen', name: 'Vlaamse Regering', original: false, color: '#c79a00' },
  ],
  sections: [
    { sectionId: 'kiv-1', number: 1, title: 'Inleiding' },
    { sectionId: 'kiv-2', number: 2, title: 'Cybercriminaliteit' },
  ],
  cells: [
    { entityId: null, sectionId: 'kiv-1', ...counts({ added: 1800 }) },
    { entityId: null, sectionId: 'kiv-2', ...counts({ added: 1920 }) },
    { entityId: 'fod-justitie', sectionId: 'kiv-1', ...counts({ added: 12, removed: 40 }) },
    { entityId: 'vlaanderen', sectionId: 'kiv-2', ...counts({ added: 28, submitted: 2, accepted: 1, rejected: 1 }) },
  ],
  byEntity: [
    { entityId: null, ...counts({ added: 3720 }) },
    { entityId: 'fod-justitie', ...counts({ added: 12, removed: 40 }) },
    { entityId: 'vlaanderen', ...counts({ added: 28, submitted: 2, accepted: 1, rejected: 1 }) },
  ],
  bySection: [
    { sectionId: 'kiv-1', ...counts({ added: 1812, removed: 40 }) },
    { sectionId: 'kiv-2', ...counts({ added: 1948, submitted: 2, accepted: 1, rejected: 1 }) },
  ],
  total: counts({ added: 3760, removed: 40, submitted: 2, accepted: 1, rejected: 1 }),
};

describe('statistics rows', () => {
  it('has one row per entity, the original text without colour, and the totals', () => {
    const { rows, total } = entityRows(statistics);
    expect(rows.map((row) => [row.key, row.colorClass, row.counts.added, row.counts.accepted])).toEqual([
      ['original', null, 3720, 0],
      ['entity:fod-justitie', 'entity-fod-justitie', 12, 0],
      ['entity:vlaanderen', 'entity-vlaanderen', 28, 1],
    ]);
    expect(total).toEqual(statistics.total);
  });

  it('has one row per section, for all entities or one (zero where it did nothing)', () => {
    expect(sectionRows(statistics, null).rows.map((row) => row.counts.added)).toEqual([1812, 1948]);
    const flemish = sectionRows(statistics, 'entity:vlaanderen');
    expect(flemish.rows.map((row) => [row.sectionId, row.counts.added, row.counts.submitted])).toEqual([
      ['kiv-1', 0, 0],
      ['kiv-2', 28, 2],
    ]);
    expect(flemish.total.rejected).toBe(1);
    expect(sectionRows(statistics, 'original').total.added).toBe(3720);
  });

  it('charts the entities that changed characters, scaled to the largest count, without the original text', () => {
    expect(chartBars(statistics)).toEqual([
      { key: 'entity:fod-justitie', name: 'FOD Justitie', colorClass: 'entity-fod-justitie', added: 12, removed: 40, addedShare: 0.3, removedShare: 1 },
      { key: 'entity:vlaanderen', name: 'Vlaamse Regering', colorClass: 'entity-vlaanderen', added: 28, removed: 0, addedShare: 0.7, removedShare: 0 },
    ]);
  });

  it('writes numbers the Belgian way in both languages', () => {
    expect(formatCount(1234567, 'nl')).toBe('1.234.567');
    // French groups with a (narrow) no-break space.
    expect(formatCount(1234567, 'fr')).toMatch(/^1[\s\u202f]234[\s\u202f]567$/);
    expect(formatCount(28, 'nl')).toBe('28');
  });
});

describe('the words of a passage', () => {
  const me: Me = { id: 'u-lead', email: 'lead@justitie.example', name: 'An Peeters', role: 'lead', entityId: 'fod-justitie', entityName: 'FOD Justitie', color: '#8e2c48' };
  const at = Date.UTC(2026, 1, 27, 13, 5); // 14:05 in Brussels
  const authorship: DocumentAuthorship = {
    documentId: 'kiv',
    seq: 3,
    authors: [
      { userId: 'system', name: 'oorspronkelijke tekst', original: true, entityId: null, entityName: null, color: '#555555' },
      { userId: 'u-lotte', name: 'Lotte Maes', original: false, entityId: 'vlaanderen', entityName: 'Vlaamse Regering', color: '#c79a00' },
    ],
    amendments: [{ number: 1, id: 'a1', title: 'Cyberveiligheid expliciet noemen', entityId: 'vlaanderen', status: 'accepted', decidedAt: at }],
    runs: [],
  };
  const words = (language: Language, source: Parameters<typeof passageDetails>[0]) => {
    const t: Translate = (key, params) => translate(language, key, params);
    return passageText(passageDetails(source, authorship, me), t);
  };

  it('names author, entity, time and amendment, in Dutch and French', () => {
    expect(words('nl', { kind: 'written', author: 1, at, amendment: 1 })).toEqual({
      who: 'Lotte Maes — Vlaamse Regering',
      lines: ['27/02/2026 14:05', 'via amendement 1 (Cyberveiligheid expliciet noemen)'],
    });
    expect(words('fr', { kind: 'written', author: 1, at, amendment: 1 }).lines[1]).toBe('par l’amendement 1 (Cyberveiligheid expliciet noemen)');
    expect(words('nl', { kind: 'written', author: 1, at, amendment: null }).lines).toEqual(['27/02/2026 14:05', 'rechtstreeks bewerkt']);
  });

  it('labels the original text by its flag, one’s own new text and text not yet attributed', () => {
    expect(words('nl', { kind: 'written', author: 0, at, amendment: null })).toEqual({ who: 'Oorspronkelijke tekst', lines: [] });
    expect(words('fr', { kind: 'written', author: 0, at, amendment: null }).who).toBe('Texte original');
    expect(words('nl', { kind: 'own' })).toEqual({ who: 'An Peeters — FOD Justitie', lines: ['zojuist getypt, nog niet verwerkt', 'rechtstreeks bewerkt'] });
    expect(words('nl', { kind: 'pending' }).lines).toEqual([]);
    expect(words('nl', { kind: 'written', author: 7, at, amendment: null }).who).toBe(words('nl', { kind: 'pending' }).who);
  });
});
