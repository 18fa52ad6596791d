/**
 * DOCX exports through a real server: amendments drafted in their fork by the Flemish cabinet,
 * submitted and decided, downloaded as the two-column table (all of them, filtered, one at a time);
 * the current main text and a named version as Word documents. Each download must be a sound zip
 * whose document.xml holds the texts and the change marks; another entity's draft is a 404 exactly
 * like a wrong id, and nothing is served without a session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { apiClient, type ApiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';
import { docxEntry } from '../utils/docx.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The runs of document.xml: their properties and text. */
function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, inner = '']) => ({
    props: /<w:rPr>(.*?)<\/w:rPr>/s.exec(inner)?.[1] ?? '',
    text: [...inner.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((match) => match[1]).join(''),
  }));
}
/** All text of document.xml, runs separated by `|` so a test can see where one ends. */
const textOf = (xml: string) => runs(xml).map((run) => run.text).join('|');

let server: TestServer & { origin: string };
const cookies: Record<'kabinet' | 'coordinator' | 'wallonie' | 'lead' | 'reader', string> = { kabinet: '', coordinator: '', wallonie: '', lead: '', reader: '' };
let kabinet: ApiClient;
let coordinator: ApiClient;
let lead: ApiClient;
let main: SyncClient;
const clients: SyncClient[] = [];

/** A GET as a user (or none): status, headers and the body's bytes. */
async function download(path: string, cookie: string | null) {
  const response = await fetch(`${server.url}/api${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
/** Downloads an export and checks it is a Word document sent as an attachment named `filename`. */
async function exportXml(path: string, cookie: string, filename: RegExp): Promise<string> {
  const answer = await download(path, cookie);
  expect(answer.status, new TextDecoder().decode(answer.bytes)).toBe(200);
  expect(answer.headers.get('content-type')).toBe(DOCX);
  const disposition = answer.headers.get('content-disposition') ?? '';
  expect(disposition).toMatch(/^attachment; filename="[A-Za-z0-9.-]+"$/);
  expect(disposition.slice('attachment; filename="'.length, -1)).toMatch(filename);
  return docxEntry(answer.bytes);
}
const runWith = (xml: string, text: string) => {
  const found = runs(xml).find((run) => run.text === text);
  if (!found) throw new Error(`no run ${JSON.stringify(text)} in ${textOf(xml).slice(0, 2000)}`);
  return found;
};
const plainText = (text: Y.XmlText) => text.toDelta().map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');

let submitted: AmendmentDetail;
let draft: AmendmentDetail;
let removedWord: string;

beforeAll(async () => {
  server = await startTestServer();
  cookies.kabinet = await signIn(server, 'kabinet@vlaanderen.example');
  cookies.coordinator = await signIn(server, 'coordinator@vlaanderen.example');
  cookies.wallonie = await signIn(server, 'contributor@wallonie.example');
  cookies.lead = await signIn(server, 'lead@justitie.example');
  cookies.reader = await signIn(server, 'reader@binnenland.example');
  kabinet = apiClient(server, cookies.kabinet);
  coordinator = apiClient(server, cookies.coordinator);
  lead = apiClient(server, cookies.lead);
  main = connectClient(server, 'doc:kiv', cookies.lead);
  clients.push(main);
  await waitFor(() => main.provider.synced, 'lead synced');

  // Amendment 1: the cabinet inserts and deletes in its fork; the coordinator submits; the lead rejects it.
  const created = await kabinet.post<AmendmentDetail>('/amendments', {
    documentId: 'kiv',
    sectionId: 'kiv-2',
    title: 'Cybercriminaliteit expliciet noemen',
    justification: 'De Vlaamse Regering vraagt aandacht voor cyber.',
  });
  expect(created.status).toBe(201);
  const fork = connectClient(server, created.body.room, cookies.kabinet);
  clients.push(fork);
  await waitFor(() => fork.provider.synced, 'fork synced');
  const paragraph = sectionParagraphText(fork.doc, 'kiv-2');
  removedWord = plainText(paragraph).split(' ')[0]!;
  paragraph.insert(0, 'Cyber en ');
  paragraph.delete('Cyber en '.length, removedWord.length);
  await fork.saved();
  expect((await coordinator.post(`/amendments/${created.body.id}/submit`)).status).toBe(200);
  const decided = await lead.post<AmendmentDetail>(`/amendments/${created.body.id}/decision`, { decision: 'rejected', reason: 'Valt buiten de scope van de KIV.' });
  expect(decided.status).toBe(200);
  submitted = decided.body;

  // A draft of the Flemish government, not submitted: only Flemish users may see it.
  const drafted = await kabinet.post<AmendmentDetail>('/amendments', { documentId: 'kiv', sectionId: 'kiv-3', title: 'Nog in voorbereiding', justification: '' });
  expect(drafted.status).toBe(201);
  draft = drafted.body;
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('the amendment export (two-column table)', () => {
  it('holds every amendment the user sees, with its facts, decision, justification and marked changes', async () => {
    const xml = await exportXml('/documents/kiv/amendments/export.docx', cookies.lead, /^KIV-amendementen-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = textOf(xml);
    expect(text).toMatch(/Kadernota Integrale Veiligheid 2026-2029 · stand op \d{2}\/\d{2}\/\d{4} · filter: geen \(alle amendementen\) · 1 amendement/);
    expect(text).toContain('Amendement 1 – Cybercriminaliteit expliciet noemen');
    expect(text).toContain('Vlaamse Regering (Lotte Maes)');
    expect(text).toContain('Veiligheidsbelang 2: Maatschappelijke veiligheid');
    expect(text).toContain(`Verworpen op ${formatBelgianDate(new Date(submitted.decidedAt!))} door Sofie Claes`);
    expect(text).toContain('Valt buiten de scope van de KIV.');
    expect(text).toContain('De Vlaamse Regering vraagt aandacht voor cyber.');
    expect(text).toContain('Huidige tekst|Voorgestelde tekst');
    // Added text underlined in the Flemish colour; the removed word struck through, on the left only.
    const added = runWith(xml, 'Cyber en ').props;
    expect(added).toContain('<w:u w:val="single" w:color="C79A00"/>');
    expect(added).toContain('<w:color w:val="C79A00"/>');
    expect(runWith(xml, removedWord).props).toContain('<w:strike/>');
    expect(runs(xml).filter((run) => run.text === removedWord)).toHaveLength(1);
    // The Flemish draft is not the lead's to see.
    expect(text).not.toContain('Nog in voorbereiding');
  });

  it("shows the entity's own draft to its members, as the list does", async () => {
    const text = textOf(await exportXml('/documents/kiv/amendments/export.docx', cookies.kabinet, /^KIV-amendementen-/));
    expect(text).toContain('Amendement 1 – Cybercriminaliteit expliciet noemen');
    expect(text).toContain('Ontwerp – Nog in voorbereiding');
    expect(text).toContain('Veiligheidsbelang 3');
    expect(text).toContain('· 2 amendementen');
  });

  it('applies the list filters and states them', async () => {
    const drafts = textOf(await exportXml('/documents/kiv/amendments/export.docx?status=draft', cookies.kabinet, /^KIV-amendementen-/));
    expect(drafts).toContain('filter: status ontwerp · 1 amendement');
    expect(drafts).toContain('Nog in voorbereiding');
    expect(drafts).not.toContain('Cybercriminaliteit');

    const bySection = textOf(await exportXml('/documents/kiv/amendments/export.docx?section=kiv-2&entity=vlaanderen', cookies.kabinet, /^KIV-/));
    expect(bySection).toContain('filter: onderdeel Veiligheidsbelang 2: Maatschappelijke veiligheid; entiteit Vlaamse Regering · 1 amendement');
    expect(bySection).not.toContain('Nog in voorbereiding');

    const leadDrafts = textOf(await exportXml('/documents/kiv/amendments/export.docx?status=draft', cookies.lead, /^KIV-/));
    expect(leadDrafts).toContain('Geen amendementen voor deze filter.');
    expect(leadDrafts).not.toContain('Nog in voorbereiding');
  });

  it('refuses a bad filter and an unknown document', async () => {
    expect((await download('/documents/kiv/amendments/export.docx?status=bogus', cookies.lead)).status).toBe(400);
    expect((await download('/documents/nope/amendments/export.docx', cookies.lead)).status).toBe(404);
  });
});

describe('the export of one amendment', () => {
  it('is the table of that amendment, named after its number', async () => {
    const text = textOf(await exportXml(`/amendments/${submitted.id}/export.docx`, cookies.wallonie, /^KIV-amendement-1-\d{4}-\d{2}-\d{2}\.docx$/));
    expect(text).toContain('Amendement 1|');
    expect(text).toContain('Amendement 1 – Cybercriminaliteit expliciet noemen');
    expect(text).not.toContain('filter:');
  });

  it('gives a draft to its own entity only; to anyone else it is exactly a wrong id', async () => {
    const own = textOf(await exportXml(`/amendments/${draft.id}/export.docx`, cookies.coordinator, /^KIV-ontwerp-amendement-/));
    expect(own).toContain('Ontwerp-amendement|');
    expect(own).toContain('Dit amendement wijzigt de tekst (nog) niet.');

    const foreign = await download(`/amendments/${draft.id}/export.docx`, cookies.wallonie);
    const wrongId = await download(`/amendments/${'a'.repeat(24)}/export.docx`, cookies.wallonie);
    const malformed = await download('/amendments/not-an-id/export.docx', cookies.wallonie);
    expect(foreign.status).toBe(404);
    const body = (answer: { bytes: Uint8Array }) => new TextDecoder().decode(answer.bytes);
    expect(body(foreign)).toBe(body(wrongId));
    expect(body(foreign)).toBe(body(malformed));
    expect(JSON.parse(body(foreign))).toMatchObject({ error: { code: 'not_found' } });
    // The lead is of another entity too: no exception for a lead.
    expect((await download(`/amendments/${draft.id}/export.docx`, cookies.lead)).status).toBe(404);
  });
});

describe('the main text and its versions as DOCX', () => {
  it('exports the current text with numbered sections and Word lists', async () => {
    const paragraph = sectionParagraphText(main.doc, 'kiv-1');
    paragraph.insert(0, 'EXPORTTEST ');
    await main.saved();
    const xml = await exportXml('/documents/kiv/export.docx', cookies.reader, /^KIV-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Veiligheidsbelang 1: Veiligheid van de openbare ruimte en democratische waarden</w:t>');
    expect(textOf(xml)).toMatch(/Huidige tekst · stand op \d{2}\/\d{2}\/\d{4}/);
    // The seed's items are bullet lists: the edited item is a numbered (bulleted) Word paragraph.
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">EXPORTTEST Aanpak van hybride dreigingen/);
    expect((await download('/documents/nope/export.docx', cookies.lead)).status).toBe(404);
  });

  it('exports a version as it was taken, with its name, who took it and when', async () => {
    const taken = await lead.post<VersionSummary>('/documents/kiv/versions', { name: 'Ontwerp voor advies CPG' });
    expect(taken.status).toBe(201);
    sectionParagraphText(main.doc, 'kiv-1').insert(0, 'NA DE VERSIE ');
    await main.saved();

    const xml = await exportXml(`/versions/${taken.body.id}/export.docx`, cookies.wallonie, /^KIV-versie-Ontwerp-voor-advies-CPG-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = textOf(xml);
    expect(text).toContain('Versie “Ontwerp voor advies CPG”');
    expect(text).toContain(`Genomen op ${formatBelgianDate(new Date(taken.body.createdAt))} door Sofie Claes`);
    expect(text).toContain('EXPORTTEST Aanpak van hybride dreigingen');
    expect(text).not.toContain('NA DE VERSIE');
    // The current text has moved on.
    expect(textOf(await exportXml('/documents/kiv/export.docx', cookies.lead, /^KIV-/))).toContain('NA DE VERSIE EXPORTTEST');
    expect((await download(`/versions/${'b'.repeat(24)}/export.docx`, cookies.lead)).status).toBe(404);
  });
});

describe('without a session', () => {
  it.each([
    ['/documents/kiv/amendments/export.docx'],
    ['/amendments/{submitted}/export.docx'],
    ['/documents/kiv/export.docx'],
    ['/versions/{any}/export.docx'],
  ])('%s answers 401 and no document', async (template) => {
    const path = template.replace('{submitted}', submitted.id).replace('{any}', 'c'.repeat(24));
    const answer = await download(path, null);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).not.toBe(DOCX);
  });
});
