/**
 * "Verwerking van de insteken" as a Word document: the round, then per entity its submission and
 * cover note, then each kept item with its number, kind, document and section, the unit it comes
 * from, its text (a remark's body; an amendment's title, two-column table and justification) and how
 * the lead processed it, with the reason. Pure: the caller gathers what the viewer may see.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { DiffBlock } from '../../shared/api/amendments.js';
import type { ItemProcessingView } from '../../shared/api/contributions.js';
import type { AmendmentStatus } from '../../shared/domain/amendmentRules.js';
import type { ItemKind } from '../../shared/domain/contributionRules.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../shared/format/dates.js';
import { AMENDMENT_STATE_LABELS, CONTRIBUTION_REPORT_TITLE, FIELD, itemKindLabel, NOT_YET_PROCESSED, PROCESSING_LABELS } from './contributionLabels.js';
import { diffTable } from './diffTable.js';
import { titleBlock, type DocxContent } from './docxFile.js';
import { textRuns } from './docxRuns.js';
import { STATUS_LABELS } from './labels.js';

/** An amendment as an item shows it. */
export interface ReportAmendment {
  number: number | null;
  title: string;
  justification: string;
  status: AmendmentStatus;
  entityId: string;
  changes: readonly DiffBlock[];
}

/** One kept item of a package. */
export interface ReportItem {
  kind: ItemKind;
  /** The document's short name ("KIV"). */
  document: string;
  /** "Veiligheidsbelang 2: …", or null for the whole document. */
  section: string | null;
  /** The sub-unit it comes from, or the entity when none is named. */
  from: string;
  authorName: string;
  body: string;
  amendment: ReportAmendment | null;
  processing: ItemProcessingView | null;
}

/** One entity's package. */
export interface ReportPackage {
  entityName: string;
  deadlineAt: number;
  extended: boolean;
  submittedAt: number | null;
  submittedByName: string | null;
  coverNote: string;
  items: readonly ReportItem[];
}

/** What the report shows. */
export interface ContributionReportInput {
  roundTitle: string;
  deadlineAt: number;
  exportedAt: number;
  packages: readonly ReportPackage[];
  /** Invited entities that did not submit (the whole round's report), by name. */
  notSubmitted: readonly string[];
  /** The colour of text an entity added. */
  addedColor(entityId: string): string;
}

/** A "Label: value" line, the label bold. */
function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
}

/** Paragraphs of a free text, one per blank-line-separated block. */
function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => new Paragraph({ spacing: { after: 120 }, children: textRuns(part.trim()) }));
}

/** "Verwerkt", or for an amendment "Aanvaard mits wijziging (deels verwerkt)"; "Nog niet verwerkt" while open. */
function processingLines(item: ReportItem): Paragraph[] {
  const processing = item.processing;
  if (item.amendment) {
    const decision = processing
      ? `${STATUS_LABELS[item.amendment.status]} (${PROCESSING_LABELS[processing.processing].toLocaleLowerCase('nl-BE')})`
      : `${NOT_YET_PROCESSED} (${AMENDMENT_STATE_LABELS[item.amendment.status] ?? STATUS_LABELS[item.amendment.status]})`;
    return [field(FIELD.decision, decision), ...(processing?.reason ? [field(FIELD.reason, processing.reason)] : [])];
  }
  if (!processing) return [field(FIELD.processing, NOT_YET_PROCESSED)];
  const by = processing.at !== null ? ` op ${formatBelgianDate(new Date(processing.at))}${processing.byName ? ` door ${processing.byName}` : ''}` : '';
  return [field(FIELD.processing, `${PROCESSING_LABELS[processing.processing]}${by}`), ...(processing.reason ? [field(FIELD.reason, processing.reason)] : [])];
}

/** One item: heading, where it is and where it comes from, its text, its processing. */
function itemChildren(item: ReportItem, number: number, input: ContributionReportInput): FileChild[] {
  const heading = `${number}. ${itemKindLabel(item.kind, item.amendment?.number ?? null)}${item.amendment ? ` – ${item.amendment.title}` : ''}`;
  const facts = [
    field(FIELD.document, item.document),
    field(FIELD.section, item.section ?? FIELD.wholeDocument),
    field(FIELD.from, item.from),
    field(FIELD.author, item.authorName),
  ];
  const amendment = item.amendment;
  const text: FileChild[] = amendment
    ? [
        ...(amendment.changes.length > 0 ? [new Paragraph({ spacing: { after: 60 }, children: [] }), diffTable(amendment.changes, (entityId) => input.addedColor(entityId ?? amendment.entityId))] : []),
        new Paragraph({ spacing: { before: 120, after: 40 }, children: [new TextRun({ text: FIELD.justification, bold: true })] }),
        ...paragraphs(amendment.justification),
      ]
    : [new Paragraph({ spacing: { before: 120, after: 40 }, children: [new TextRun({ text: FIELD.text, bold: true })] }), ...paragraphs(item.body)];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, spacing: { before: 280 }, children: [new TextRun(heading)] }),
    ...facts,
    ...text,
    ...processingLines(item),
  ];
}

/** One package: the entity, its submission and cover note, its items. */
function packageChildren(pkg: ReportPackage, input: ContributionReportInput): FileChild[] {
  const submitted = pkg.submittedAt !== null
    ? field(FIELD.submitted, `${formatBelgianDateTime(pkg.submittedAt)}${pkg.submittedByName ? ` door ${pkg.submittedByName}` : ''}`)
    : new Paragraph({ children: [new TextRun({ text: FIELD.notSubmitted, italics: true })] });
  const items = pkg.items.flatMap((item, index) => itemChildren(item, index + 1, input));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 360 }, children: [new TextRun(pkg.entityName)] }),
    ...(pkg.extended ? [field(FIELD.deadline, `${FIELD.extended} ${formatBelgianDateTime(pkg.deadlineAt)}`)] : []),
    submitted,
    ...(pkg.coverNote.trim() !== '' ? [field(FIELD.coverNote, pkg.coverNote)] : []),
    ...(items.length > 0 ? items : [new Paragraph({ children: [new TextRun({ text: FIELD.noItems, italics: true })] })]),
  ];
}

/** The whole report. */
export function contributionReportDocx(input: ContributionReportInput): DocxContent {
  const lines = [
    input.roundTitle,
    `${FIELD.deadline}: ${formatBelgianDateTime(input.deadlineAt)} · stand op ${formatBelgianDate(new Date(input.exportedAt))}`,
    ...(input.notSubmitted.length > 0 ? [`${FIELD.notSubmittedEntities}: ${input.notSubmitted.join(', ')}`] : []),
  ];
  return {
    title: `${CONTRIBUTION_REPORT_TITLE} – ${input.roundTitle}`,
    children: [...titleBlock(CONTRIBUTION_REPORT_TITLE, lines), ...input.packages.flatMap((pkg) => packageChildren(pkg, input))],
  };
}
