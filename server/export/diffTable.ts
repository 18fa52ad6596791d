/**
 * The two-column table of an amendment's changes, as parliaments publish amendments: "Huidige tekst"
 * on the left (removed text struck through), "Voorgestelde tekst" on the right (added text underlined
 * in the colour of the entity that wrote it), one row per changed block.
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType, WidthType } from 'docx';
import type { DiffBlock, DiffSegment } from '../../shared/api/amendments.js';
import { TEXT_WIDTH } from './docxFile.js';
import { emphasis, textRuns, wordColor } from './docxRuns.js';
import { CURRENT_TEXT, PROPOSED_TEXT } from './labels.js';

/** Which column: the text as it is, or as the amendment would have it. */
export type DiffSide = 'current' | 'proposed';

/** The CSS colour of added text by the entity that wrote it (null: the amendment's own entity). */
export type AddedColor = (entityId: string | null) => string;

/** The segments one side shows: the current text lacks what is added, the proposed text what is removed. */
export function segmentsOfSide(segments: readonly DiffSegment[], side: DiffSide): DiffSegment[] {
  const hidden = side === 'current' ? 'added' : 'removed';
  return segments.filter((segment) => segment.change !== hidden && segment.text !== '');
}

/** The runs of one side of a block: bold and italic kept, the change marked. */
export function sideRuns(segments: readonly DiffSegment[], side: DiffSide, addedColor: AddedColor): TextRun[] {
  return segmentsOfSide(segments, side).flatMap((segment) => {
    const base = emphasis(segment.bold === true, segment.italic === true);
    if (segment.change === 'removed') return textRuns(segment.text, { ...base, strike: true });
    if (segment.change === 'added') {
      const color = wordColor(addedColor(segment.entityId ?? null));
      return textRuns(segment.text, { ...base, color, underline: { type: UnderlineType.SINGLE, color } });
    }
    return textRuns(segment.text, base);
  });
}

const COLUMN_WIDTH = Math.floor(TEXT_WIDTH / 2);

const cell = (children: Paragraph[], header = false) =>
  new TableCell({
    width: { size: COLUMN_WIDTH, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { fill: 'E7E6E6', type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children,
  });

/** The table: a header row repeated on every page, then one row per changed block. */
export function diffTable(changes: readonly DiffBlock[], addedColor: AddedColor): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [CURRENT_TEXT, PROPOSED_TEXT].map((label) => cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], true)),
  });
  const rows = changes.map(
    (block) =>
      new TableRow({
        children: (['current', 'proposed'] as const).map((side) => cell([new Paragraph({ children: sideRuns(block.segments, side, addedColor) })])),
      }),
  );
  return new Table({
    width: { size: COLUMN_WIDTH * 2, type: WidthType.DXA },
    columnWidths: [COLUMN_WIDTH, COLUMN_WIDTH],
    // Fixed: both columns keep half the page whatever their text, as in a parliamentary document.
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}
