/**
 * A main text (a ProseMirror document of shared/schema) as Word content: each section under a
 * "Veiligheidsbelang 1: Titel" heading, headings, paragraphs with bold and italic, hard breaks, and
 * lists as real Word numbering (bullets and numbers that Word renumbers, nested by level). Used for
 * the current text and for versions.
 */
import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TextRun,
  type ILevelsOptions,
  type INumberingOptions,
  type NumberingDefinition,
} from 'docx';
import type { Node as PMNode } from 'prosemirror-model';
import { titleBlock, type DocxContent } from './docxFile.js';
import { emphasis, textRuns } from './docxRuns.js';
import { sectionHeading } from './labels.js';

/** Word has nine list levels (0-8); deeper nesting stays at the last. */
const MAX_LEVEL = 8;
/** Indent per list level, in twips (1.27 cm, Word's own step). */
const INDENT_STEP = 720;
const HANGING = 360;

const BULLETS = 'akkoord-bullets';
const BULLET_SYMBOLS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

const indent = (level: number) => ({ left: INDENT_STEP * (level + 1), hanging: HANGING });

/** The nine levels of a list; `start` is where an ordered list counts from. */
function levels(kind: 'bullet' | 'ordered', start = 1): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    ...(kind === 'bullet'
      ? { format: LevelFormat.BULLET, text: BULLET_SYMBOLS[level % BULLET_SYMBOLS.length] }
      : { format: ORDERED_FORMATS[level % ORDERED_FORMATS.length], text: `%${level + 1}.`, start }),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: indent(level) } },
  }));
}

/** The reference of the ordered-list definition counting from `start` (an `ol` with a start attribute). */
const orderedReference = (start: number) => `akkoord-ordered-${start}`;

/** Word content of a main text, with the list definitions its paragraphs refer to. */
export interface DocumentBody {
  paragraphs: Paragraph[];
  numbering: INumberingOptions;
}

/** The inline content of a text block as runs: marks to bold and italic, hard breaks to line breaks. */
export function inlineRuns(block: PMNode): TextRun[] {
  const runs: TextRun[] = [];
  block.forEach((child) => {
    if (child.type.name === 'hard_break') runs.push(new TextRun({ break: 1 }));
    else if (child.isText) {
      const marks = new Set(child.marks.map((mark) => mark.type.name));
      runs.push(...textRuns(child.text ?? '', emphasis(marks.has('strong'), marks.has('em'))));
    }
  });
  return runs;
}

/** Converts a main text's document node. */
export function documentBody(doc: PMNode): DocumentBody {
  const paragraphs: Paragraph[] = [];
  const starts = new Set<number>();
  // Each list is its own numbering instance, so every list counts from its start again.
  let nextInstance = 0;

  const block = (node: PMNode, listLevel: number | null): void => {
    switch (node.type.name) {
      case 'paragraph': {
        // A list item's second paragraph lines up with the item's text, without a number of its own.
        const aligned = listLevel !== null ? { indent: { left: indent(listLevel).left } } : {};
        paragraphs.push(new Paragraph({ children: inlineRuns(node), ...aligned }));
        return;
      }
      case 'heading': {
        // Word's Heading 1 is the section: the editor's levels 3 and 4 come right under it.
        const heading = (node.attrs.level as number) >= 4 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
        paragraphs.push(new Paragraph({ heading, children: inlineRuns(node) }));
        return;
      }
      case 'bullet_list':
      case 'ordered_list': {
        const level = listLevel === null ? 0 : Math.min(listLevel + 1, MAX_LEVEL);
        const ordered = node.type.name === 'ordered_list';
        const start = ordered ? Math.max(0, Math.floor(node.attrs.order as number)) : 1;
        if (ordered) starts.add(start);
        const numbering = { reference: ordered ? orderedReference(start) : BULLETS, level, instance: nextInstance++ };
        node.forEach((item) => {
          item.forEach((child, _offset, index) => {
            if (index === 0 && child.type.name === 'paragraph') paragraphs.push(new Paragraph({ numbering, children: inlineRuns(child) }));
            else block(child, level);
          });
        });
        return;
      }
      default:
        // A node the schema may gain later: keep its text rather than lose it.
        if (node.isTextblock) paragraphs.push(new Paragraph({ children: inlineRuns(node) }));
        else node.forEach((child) => block(child, listLevel));
    }
  };

  doc.forEach((section) => {
    const title = section.firstChild?.type.name === 'section_title' ? section.firstChild.textContent : '';
    const heading = sectionHeading(section.attrs.kind as string, section.attrs.number as number, title);
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }));
    section.forEach((child) => {
      if (child.type.name !== 'section_title') block(child, null);
    });
  });

  const config: NumberingDefinition[] = [
    { reference: BULLETS, levels: levels('bullet') },
    ...[...starts].map((start) => ({ reference: orderedReference(start), levels: levels('ordered', start) })),
  ];
  return { paragraphs, numbering: { config } };
}

/** A main text as a Word document: a title block (title and the lines under it), then the text. */
export function documentDocx(input: { title: string; lines: readonly string[]; doc: PMNode }): DocxContent {
  const body = documentBody(input.doc);
  return { title: input.title, children: [...titleBlock(input.title, input.lines), ...body.paragraphs], numbering: body.numbering };
}
