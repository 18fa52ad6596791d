/**
 * The amendment export's pure renderer (server/export/amendmentsDocx.ts, diffTable.ts): which text
 * each column shows, how changes are marked, and what the packed Word file holds.
 */
import { describe, expect, it } from 'vitest';
import type { AmendmentSummary, DiffSegment } from '../../shared/api/amendments.js';
import { amendmentsDocx, type AmendmentsDocxInput } from '../../server/export/amendmentsDocx.js';
import { segmentsOfSide } from '../../server/export/diffTable.js';
import { buildDocx, packDocx } from '../../server/export/docxFile.js';
import { docxEntry } from '../utils/docx.js';

/** The runs of a WordprocessingML part: their properties and text. */
function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, inner = '']) => ({
    props: /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '',
    text: [...inner.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((match) => match[1]).join(''),
  }));
}
const runWith = (xml: string, text: string) => {
  const found = runs(xml).find((run) => run.text === text);
  if (!found) throw new Error(`no run with the text ${JSON.stringify(text)}`);
  return found;
};

const segment = (text: string, change: DiffSegment['change'] = null, extra: Partial<DiffSegment> = {}): DiffSegment => ({
  text,
  change,
  entityId: change ? 'vlaanderen' : null,
  bold: false,
  italic: false,
  ...extra,
});

const amendment = (overrides: Partial<AmendmentSummary> = {}): AmendmentSummary => ({
  id: 'a'.repeat(24),
  documentId: 'kiv',
  room: `amendment:${'a'.repeat(24)}`,
  sectionId: 'kiv-2',
  passage: null,
  title: 'Cybercriminaliteit expliciet noemen',
  justification: 'Cyber verdient een eigen plaats.\n\nZie ook het NVP.',
  status: 'submitted',
  number: 4,
  authorUserId: 'u1',
  authorName: 'Lotte Maes',
  entityId: 'vlaanderen',
  entityName: 'Vlaamse Regering',
  createdAt: Date.UTC(2026, 10, 2, 9),
  updatedAt: Date.UTC(2026, 10, 2, 9),
  submittedAt: Date.UTC(2026, 10, 3, 9),
  submittedByName: 'Pieter Janssens',
  heldBy: null,
  decidedAt: null,
  decidedByName: null,
  decisionReason: null,
  withdrawnAt: null,
  withdrawnByName: null,
  changes: [
    {
      sectionId: 'kiv-2',
      kind: 'paragraph',
      segments: [segment('Aanpak van '), segment('oude', 'removed'), segment('nieuwe', 'added'), segment(' dreigingen', null, { bold: true })],
    },
  ],
  added: 6,
  removed: 4,
  overlapsWith: [],
  mainChangedSince: false,
  passageDeleted: false,
  may: { editText: false, editDetails: false, submit: false, withdraw: false, decide: false },
  ...overrides,
});

const input = (overrides: Partial<AmendmentsDocxInput> = {}): AmendmentsDocxInput => ({
  documentTitle: 'Kadernota Integrale Veiligheid 2026-2029',
  amendments: [amendment()],
  exportedAt: new Date('2026-11-30T10:00:00Z'),
  filter: 'status ingediend',
  sectionHeading: (id) => (id === 'kiv-2' ? 'Veiligheidsbelang 2: Maatschappelijke veiligheid' : null),
  addedColor: (entityId) => (entityId === 'vlaanderen' ? '#c79a00' : '#8e2c48'),
  ...overrides,
});

const render = async (overrides: Partial<AmendmentsDocxInput> = {}) => docxEntry(await packDocx(buildDocx(amendmentsDocx(input(overrides)))));

describe('the two columns of a changed block', () => {
  const segments = [segment('Aanpak van '), segment('oude', 'removed'), segment('nieuwe', 'added'), segment(' dreigingen')];

  it('shows unchanged and removed text as the current text, unchanged and added as the proposed', () => {
    expect(segmentsOfSide(segments, 'current').map((s) => s.text)).toEqual(['Aanpak van ', 'oude', ' dreigingen']);
    expect(segmentsOfSide(segments, 'proposed').map((s) => s.text)).toEqual(['Aanpak van ', 'nieuwe', ' dreigingen']);
  });
});

describe('the amendment export', () => {
  it('has the title line with the document, the Belgian date and the filter', async () => {
    const xml = await render();
    const text = runs(xml).map((run) => run.text).join('|');
    expect(text).toContain('Amendementen');
    expect(text).toContain('Kadernota Integrale Veiligheid 2026-2029 · stand op 30/11/2026 · filter: status ingediend · 1 amendement');
  });

  it('prints each amendment with its number, title, entity, section, status and justification', async () => {
    const xml = await render();
    const text = runs(xml).map((run) => run.text).join('|');
    expect(text).toContain('Amendement 4 – Cybercriminaliteit expliciet noemen');
    expect(text).toContain('Vlaamse Regering (Lotte Maes)');
    expect(text).toContain('Veiligheidsbelang 2: Maatschappelijke veiligheid');
    expect(text).toContain('Ingediend|');
    expect(text).toContain('03/11/2026 door Pieter Janssens');
    expect(text).toContain('Verantwoording');
    // Blank-line separated paragraphs of the justification stay paragraphs.
    expect(xml).toMatch(/Cyber verdient een eigen plaats\.<\/w:t><\/w:r><\/w:p><w:p>.*Zie ook het NVP\./s);
  });

  it('lays out a table headed "Huidige tekst | Voorgestelde tekst", the header repeated on each page', async () => {
    const xml = await render();
    const table = /<w:tbl>(.*?)<\/w:tbl>/s.exec(xml)?.[1] ?? '';
    const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1] ?? '');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(runs(rows[0]!).map((run) => run.text)).toEqual(['Huidige tekst', 'Voorgestelde tekst']);
    const cells = [...rows[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((m) => runs(m[1] ?? '').map((run) => run.text).join(''));
    expect(cells).toEqual(['Aanpak van oude dreigingen', 'Aanpak van nieuwe dreigingen']);
  });

  it('strikes removed text through and underlines added text in the entity colour, keeping bold', async () => {
    const xml = await render();
    expect(runWith(xml, 'oude').props).toContain('<w:strike/>');
    expect(runWith(xml, 'oude').props).not.toContain('<w:u ');
    const added = runWith(xml, 'nieuwe').props;
    expect(added).toContain('<w:u w:val="single" w:color="C79A00"/>');
    expect(added).toContain('<w:color w:val="C79A00"/>');
    expect(added).not.toContain('<w:strike/>');
    expect(runWith(xml, 'Aanpak van ').props).not.toMatch(/<w:strike\/>|<w:u /);
    expect(runWith(xml, ' dreigingen').props).toContain('<w:b/>');
  });

  it("colours text another entity added (the lead's adjustment) in that entity's colour", async () => {
    const changes = [{ sectionId: 'kiv-2', kind: 'paragraph', segments: [segment('door de lead', 'added', { entityId: 'fod-justitie' })] }];
    const xml = await render({ amendments: [amendment({ changes })] });
    expect(runWith(xml, 'door de lead').props).toContain('<w:color w:val="8E2C48"/>');
  });

  it('keeps a line break inside a block as a break', async () => {
    const changes = [{ sectionId: 'kiv-2', kind: 'paragraph', segments: [segment('een\ntwee', 'added')] }];
    const xml = await render({ amendments: [amendment({ changes })] });
    expect(xml).toMatch(/<w:t xml:space="preserve">een<\/w:t><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:br\/><w:t xml:space="preserve">twee<\/w:t>/s);
  });

  it('prints a decision with who, when and why', async () => {
    const rejected = amendment({
      status: 'rejected',
      decidedAt: Date.UTC(2026, 10, 20, 9),
      decidedByName: 'Sofie Claes',
      decisionReason: 'Valt buiten de bevoegdheid.',
    });
    const text = runs(await render({ amendments: [rejected] })).map((run) => run.text).join('|');
    expect(text).toContain('Verworpen op 20/11/2026 door Sofie Claes');
    expect(text).toContain('Valt buiten de bevoegdheid.');
  });

  it('calls a draft "Ontwerp" and titles a single-amendment export after it', async () => {
    const draft = amendment({ status: 'draft', number: null, submittedAt: null, submittedByName: null, changes: [], justification: '' });
    const text = runs(await render({ amendments: [draft], filter: null })).map((run) => run.text).join('|');
    expect(text).toContain('Ontwerp-amendement|');
    expect(text).toContain('Ontwerp – Cybercriminaliteit expliciet noemen');
    expect(text).toContain('Dit amendement wijzigt de tekst (nog) niet.');
    expect(text).toContain('Geen verantwoording.');
    expect(text).not.toContain('filter:');
  });

  it('says so when the filter leaves nothing', async () => {
    const xml = await render({ amendments: [] });
    expect(runs(xml).map((run) => run.text)).toContain('Geen amendementen voor deze filter.');
    expect(xml).not.toContain('<w:tbl>');
  });
});
