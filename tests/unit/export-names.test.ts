/**
 * The small pure parts of the exports: the list filters they share with the list, the filter line,
 * section headings, download names and entity colours.
 */
import { describe, expect, it } from 'vitest';
import { matchesAmendmentFilters } from '../../server/domain/amendments/matchesFilters.js';
import { describeAmendmentFilters } from '../../server/export/amendmentFilter.js';
import { brusselsIsoDate, docxFilename } from '../../server/export/docxFile.js';
import { entityColorResolver } from '../../server/export/exportAmendments.js';
import { sectionHeading } from '../../server/export/labels.js';

describe('the amendment filters', () => {
  const a = { sectionId: 'kiv-2', entityId: 'vlaanderen', status: 'submitted', authorUserId: 'u', submittedAt: 1 } as const;

  it('let everything through when empty, and each filter narrows', () => {
    expect(matchesAmendmentFilters(a, {})).toBe(true);
    expect(matchesAmendmentFilters(a, { section: 'kiv-2', entity: 'vlaanderen', status: 'submitted' })).toBe(true);
    expect(matchesAmendmentFilters(a, { section: 'kiv-3' })).toBe(false);
    expect(matchesAmendmentFilters(a, { entity: 'wallonie' })).toBe(false);
    expect(matchesAmendmentFilters(a, { status: 'draft' })).toBe(false);
    expect(matchesAmendmentFilters({ ...a, sectionId: null }, { section: 'kiv-2' })).toBe(false);
  });

  it('are stated in Dutch, names looked up, unknown ids printed as asked', () => {
    const names = { section: (id: string) => (id === 'kiv-2' ? 'Veiligheidsbelang 2: Titel' : null), entity: (id: string) => (id === 'vlaanderen' ? 'Vlaamse Regering' : null) };
    expect(describeAmendmentFilters({}, names)).toBe('geen (alle amendementen)');
    expect(describeAmendmentFilters({ section: 'kiv-2', entity: 'vlaanderen', status: 'accepted_modified' }, names)).toBe(
      'onderdeel Veiligheidsbelang 2: Titel; entiteit Vlaamse Regering; status aanvaard mits wijziging',
    );
    expect(describeAmendmentFilters({ section: 'kiv-99', entity: 'mars' }, names)).toBe('onderdeel kiv-99; entiteit mars');
  });
});

describe('section headings', () => {
  it('name a section by its kind and number', () => {
    expect(sectionHeading('interest', 1, 'Openbare ruimte')).toBe('Veiligheidsbelang 1: Openbare ruimte');
    expect(sectionHeading('theme', 4, 'Drugs')).toBe('Veiligheidsthema 4: Drugs');
    expect(sectionHeading('general', 2, 'Inleiding')).toBe('2. Inleiding');
    expect(sectionHeading('general', 0, 'Woord vooraf')).toBe('Woord vooraf');
    expect(sectionHeading('interest', 3, '')).toBe('Veiligheidsbelang 3');
  });
});

describe('download names', () => {
  it('are ASCII, dash-separated, dated in Brussels', () => {
    expect(docxFilename(['KIV', 'amendementen'], new Date('2026-11-30T10:00:00Z'))).toBe('KIV-amendementen-2026-11-30.docx');
    expect(docxFilename(['NVP', 'versie', 'Ontwerp voor advies “CPG” – één'], new Date('2026-11-30T10:00:00Z'))).toBe(
      'NVP-versie-Ontwerp-voor-advies-CPG-een-2026-11-30.docx',
    );
    expect(docxFilename(['KIV', '"; rm -rf /'], new Date('2026-11-30T10:00:00Z'))).toBe('KIV-rm-rf-2026-11-30.docx');
  });

  it('take the day as it is in Brussels', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Brussels.
    expect(brusselsIsoDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(brusselsIsoDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('entity colours in exports', () => {
  it('give a sub-unit its parent entity colour', () => {
    const colorOf = entityColorResolver([
      { id: 'vlaanderen', name: 'Vlaamse Regering', level: 'region-community', parentId: null },
      { id: 'vlaanderen-unit-1', name: 'Kabinet', level: 'unit', parentId: 'vlaanderen' },
    ]);
    expect(colorOf('vlaanderen')).toBe('#c79a00');
    expect(colorOf('vlaanderen-unit-1')).toBe('#c79a00');
    expect(colorOf('nowhere')).toBe('#555555');
  });
});
