/**
 * "Verwerking van het advies van het College van Procureurs-Generaal" as a Word document: the round
 * (document, version, consultation, deadline, question), the body's general text, then each point
 * with its section, the passage quoted from the frozen version, the advice, the lead's answer with
 * its explanation and what carries it out, and the passage as the text reads now. Pure: the caller
 * gathers the facts.
 */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { PassageState } from '../../shared/api/advice.js';
import type { AdviceAnswer } from '../../shared/domain/adviceRules.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../shared/format/dates.js';
import { t } from '../../shared/i18n/strings.js';
import { titleBlock, type DocxContent } from './docxFile.js';
import { textRuns } from './docxRuns.js';

/** One point as the report prints it. */
export interface AdviceReportPoint {
  number: number;
  /** "Veiligheidsbelang 2: Titel", or null for a point on the whole text. */
  sectionHeading: string | null;
  /** The passage in the frozen version; null for a general point. */
  quote: string | null;
  body: string;
  answer: { answer: AdviceAnswer; explanation: string; byName: string; at: number; links: readonly string[] } | null;
  /** The passage in the main text now; null for a general point. */
  now: { state: PassageState; text: string } | null;
}

/** What the report needs. */
export interface AdviceReportInput {
  bodyName: string;
  documentTitle: string;
  versionName: string;
  consultationDate: string;
  deadlineAt: number;
  question: string;
  generalText: string;
  submittedAt: number | null;
  submittedByName: string | null;
  late: boolean;
  points: readonly AdviceReportPoint[];
  exportedAt: Date;
}

/** The report's title for a body: "Verwerking van het advies van het College van Procureurs-Generaal". */
export function adviceReportTitle(bodyName: string): string {
  return `Verwerking van het advies van het ${bodyName}`;
}

/** A "Label: value" line, the label bold. */
function field(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
}

/** Text as paragraphs (blank lines separate them), indented under what introduces it; `empty` when there is none. */
function paragraphs(text: string, empty: string, properties: { italics?: boolean } = {}): Paragraph[] {
  const parts = text.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0
    ? parts.map((part) => new Paragraph({ spacing: { after: 80 }, indent: { left: 360 }, children: textRuns(part, properties) }))
    : [new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: empty, italics: true })] })];
}

/** A label on its own line, then its text as paragraphs. */
function block(label: string, text: string, empty: string, properties: { italics?: boolean } = {}): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: label, bold: true })] }),
    ...paragraphs(text, empty, properties),
  ];
}

/** The answer: "Gevolgd", by whom and when, the explanation and the links. */
function answerChildren(answer: AdviceReportPoint['answer']): Paragraph[] {
  if (answer === null) return [field('Antwoord', 'nog niet beantwoord')];
  const label = t('nl', `advice.answer.${answer.answer}`);
  return [
    field('Antwoord', `${label.charAt(0).toUpperCase()}${label.slice(1)} (${formatBelgianDate(new Date(answer.at))}, ${answer.byName})`),
    ...block('Toelichting', answer.explanation, 'Geen toelichting.'),
    ...(answer.links.length > 0 ? [field('Uitgevoerd in', answer.links.join(', '))] : []),
  ];
}

/** The passage as the text reads now. */
function resultingChildren(now: AdviceReportPoint['now']): Paragraph[] {
  if (now === null) return [];
  if (now.state === 'deleted') return [field('Resulterende tekst', 'passage verwijderd')];
  const label = now.state === 'unchanged' ? 'Resulterende tekst (ongewijzigd)' : 'Resulterende tekst (gewijzigd)';
  return block(label, now.text, 'passage verwijderd');
}

/** One point: heading, section, quoted passage, advice, answer, resulting text. */
function pointChildren(point: AdviceReportPoint): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 360 }, children: [new TextRun(`Punt ${point.number}`)] }),
    field('Onderdeel', point.sectionHeading ?? 'De hele tekst'),
    ...(point.quote !== null ? block('Passage (versie onder advies)', point.quote, '', { italics: true }) : [field('Passage', 'algemeen punt')]),
    ...block('Advies', point.body, 'Geen tekst.'),
    ...answerChildren(point.answer),
    ...resultingChildren(point.now),
  ];
}

/** The whole report. */
export function adviceReportDocx(input: AdviceReportInput): DocxContent {
  const title = adviceReportTitle(input.bodyName);
  const submitted =
    input.submittedAt === null
      ? 'Advies nog niet ingediend'
      : `Advies ingediend op ${formatBelgianDateTime(input.submittedAt)}${input.submittedByName ? ` door ${input.submittedByName}` : ''}${input.late ? ' (na de termijn)' : ''}`;
  const lines = [input.documentTitle, `stand op ${formatBelgianDate(input.exportedAt)}`];
  const round: Paragraph[] = [
    field('Document', input.documentTitle),
    field('Versie onder advies', `“${input.versionName}”`),
    field('Consultatie', formatBelgianDate(input.consultationDate)),
    field('Termijn voor schriftelijk advies', formatBelgianDateTime(input.deadlineAt)),
    field('Indiening', submitted),
    ...block('Adviesvraag', input.question, 'Geen vraag.'),
  ];
  const points = input.points.flatMap(pointChildren);
  return {
    title,
    children: [
      ...titleBlock(title, lines),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Adviesronde')] }),
      ...round,
      new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360 }, children: [new TextRun('Algemeen advies')] }),
      ...paragraphs(input.generalText, 'Geen algemene tekst.'),
      new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 360 }, children: [new TextRun('Adviespunten')] }),
      ...(points.length > 0 ? points : [new Paragraph({ children: [new TextRun({ text: 'Geen adviespunten.', italics: true })] })]),
    ],
  };
}
