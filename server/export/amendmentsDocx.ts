/**
 * The amendment export as a Word document, built from what the list shows (AmendmentSummary): a title
 * block with the document, the day and the filter, then each amendment with its facts, its
 * two-column table and its justification. Pure: the caller looks up names and colours.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { diffTable, type AddedColor } from './diffTable.js';
import { titleBlock, type DocxContent } from './docxFile.js';
import { textRuns } from './docxRuns.js';
import { amendmentLabel, STATUS_LABELS } from './labels.js';

/** What the renderer needs besides the amendments. */
export interface AmendmentsDocxInput {
  /** The title of the document the amendments are on ("Kadernota Integrale Veiligheid 2026-2029"). */
  documentTitle: string;
  amendments: readonly AmendmentSummary[];
  exportedAt: Date;
  /** The filter line ("status ingediend"), or null for an export of one amendment. */
  filter: string | null;
  /** "Veiligheidsbelang 2: Titel" for a section id, null when the document has no such section. */
  sectionHeading(sectionId: string): string | null;
  /** The colour of text an entity added. */
  addedColor(entityId: string): string;
}

/** A "Label: value" line, the label bold. */
function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
}

/** "30/11/2026 door Sofie Claes" (the name left out when unknown). */
function when(at: number, by: string | null): string {
  return by ? `${formatBelgianDate(new Date(at))} door ${by}` : formatBelgianDate(new Date(at));
}

/** The heading of one amendment: "Amendement 3 – Titel" or "Ontwerp – Titel". */
function amendmentHeading(amendment: Pick<AmendmentSummary, 'number' | 'title'>): string {
  return `${amendmentLabel(amendment.number)} – ${amendment.title}`;
}

/** One amendment: heading, facts (entity, section, status and decision), the table, the justification. */
function amendmentChildren(
  amendment: AmendmentSummary,
  input: Pick<AmendmentsDocxInput, 'sectionHeading' | 'addedColor'>,
): FileChild[] {
  const a = amendment;
  const section = a.sectionId === null ? 'De hele tekst' : (input.sectionHeading(a.sectionId) ?? a.sectionId);
  const facts: Paragraph[] = [
    field('Voorgesteld door', `${a.entityName} (${a.authorName})`),
    field('Onderdeel', section),
    ...(a.passage ? [field('Passage', `“${a.passage}”`)] : []),
    field('Status', STATUS_LABELS[a.status]),
    ...(a.submittedAt !== null ? [field('Ingediend op', when(a.submittedAt, a.submittedByName))] : []),
    ...(a.decidedAt !== null ? [field('Beslissing', `${STATUS_LABELS[a.status]} op ${when(a.decidedAt, a.decidedByName)}`)] : []),
    ...(a.decisionReason ? [field('Reden', a.decisionReason)] : []),
    ...(a.withdrawnAt !== null ? [field('Ingetrokken op', when(a.withdrawnAt, a.withdrawnByName))] : []),
  ];
  // Text another entity added (the lead adjusting it, "aanvaard mits wijziging") keeps that entity's colour.
  const addedColor: AddedColor = (entityId) => input.addedColor(entityId ?? a.entityId);
  const changes =
    a.changes.length > 0
      ? [diffTable(a.changes, addedColor)]
      : [new Paragraph({ children: [new TextRun({ text: 'Dit amendement wijzigt de tekst (nog) niet.', italics: true })] })];
  const paragraphs = a.justification.split(/\n\s*\n/).filter((text) => text.trim() !== '');
  const justification =
    paragraphs.length > 0
      ? paragraphs.map((text) => new Paragraph({ spacing: { after: 120 }, children: textRuns(text.trim()) }))
      : [new Paragraph({ children: [new TextRun({ text: 'Geen verantwoording.', italics: true })] })];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 360 }, children: [new TextRun(amendmentHeading(a))] }),
    ...facts,
    new Paragraph({ spacing: { after: 60 }, children: [] }),
    ...changes,
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 240 }, children: [new TextRun('Verantwoording')] }),
    ...justification,
  ];
}

/** The whole export: the title block, then the amendments in list order. */
export function amendmentsDocx(input: AmendmentsDocxInput): DocxContent {
  const count = input.amendments.length === 1 ? '1 amendement' : `${input.amendments.length} amendementen`;
  const only = input.filter === null && input.amendments.length === 1 ? input.amendments[0] : undefined;
  const title = only ? (only.number === null ? 'Ontwerp-amendement' : amendmentLabel(only.number)) : 'Amendementen';
  const line = [
    input.documentTitle,
    `stand op ${formatBelgianDate(input.exportedAt)}`,
    ...(input.filter !== null ? [`filter: ${input.filter}`, count] : []),
  ].join(' · ');
  const body = input.amendments.flatMap((amendment) => amendmentChildren(amendment, input));
  const empty = [new Paragraph({ children: [new TextRun({ text: 'Geen amendementen voor deze filter.', italics: true })] })];
  return { title: `${title} – ${input.documentTitle}`, children: [...titleBlock(title, [line]), ...(body.length > 0 ? body : empty)] };
}
