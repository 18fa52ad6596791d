/**
 * The frame every DOCX export shares: A4 pages, Dutch as the proofing language, a title block, page
 * numbers in the footer; packing to bytes; and an ASCII file name for the download.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type INumberingOptions,
} from 'docx';

/** The media type of a Word document. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 in twips (twentieths of a point). */
const PAGE = { width: 11906, height: 16838 };
/** 2 cm left and right, 2.5 cm top and bottom. */
const MARGIN = { top: 1418, bottom: 1418, left: 1134, right: 1134 };
/** The width text runs in, between the margins: tables are sized to it. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** What one export puts in its file. */
export interface DocxContent {
  /** The file's title property (shown by Word in File > Info). */
  title: string;
  /** Body content, title block first. */
  children: FileChild[];
  /** List definitions the body's numbered paragraphs refer to. */
  numbering?: INumberingOptions;
}

/** The title block: a Title paragraph and the lines under it (date, filter, version…). */
export function titleBlock(title: string, lines: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...lines.map((line) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: line, color: '555555' })] })),
  ];
}

/** Builds the Word document around the content. */
export function buildDocx(content: DocxContent): Document {
  return new Document({
    title: content.title,
    creator: 'Akkoord',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-BE' } } } } },
    ...(content.numbering ? { numbering: content.numbering } : {}),
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 18, color: '555555', children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: content.children,
      },
    ],
  });
}

/** A finished export: the download's name and the bytes of the .docx. */
export interface DocxExport {
  filename: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The document as the bytes of a .docx file (a zip). */
export async function packDocx(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A calendar day in Brussels as yyyy-mm-dd (sorts well in a file name). */
export function brusselsIsoDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A download name from its parts and the day: `KIV-amendementen-2026-11-30.docx`. ASCII only
 * (accents dropped, anything else a dash), so the Content-Disposition header needs no encoding.
 */
export function docxFilename(parts: readonly string[], date: Date): string {
  const slug = (part: string) =>
    part
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  const named = parts.map(slug).filter((part) => part !== '');
  return `${[...named, brusselsIsoDate(date)].join('-')}.docx`;
}
