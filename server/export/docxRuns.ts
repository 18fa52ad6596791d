/** Text to Word runs: line breaks become breaks inside the paragraph, as a hard break in the editor. */
import { TextRun, type IRunPropertiesOptions } from 'docx';

/** Runs for `text` with the same formatting; each `\n` starts a new line in the same paragraph. */
export function textRuns(text: string, properties: IRunPropertiesOptions = {}): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ ...properties, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/** A CSS colour (`#c79a00`) as Word writes it (`C79A00`). */
export function wordColor(cssColor: string): string {
  return cssColor.replace(/^#/, '').toUpperCase();
}

/**
 * Bold and italic as run properties, set only when on: an explicit "off" would override a style that
 * is bold itself, such as a heading's.
 */
export function emphasis(bold: boolean, italic: boolean): IRunPropertiesOptions {
  return { ...(bold ? { bold: true } : {}), ...(italic ? { italics: true } : {}) };
}
