/**
 * The shape the benchmark writes into, following the shared ProseMirror schema as y-prosemirror
 * stores it: `Y.XmlFragment('prosemirror')` → `section` elements (id, kind, number) → a
 * `section_title` and `paragraph` elements → one `Y.XmlText` each.
 */
import * as Y from 'yjs';

/** Name of the fragment y-prosemirror binds to. */
export const FRAGMENT = 'prosemirror';

/** The text of every paragraph directly inside a section, in document order. */
export function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const section of doc.getXmlFragment(FRAGMENT).toArray()) {
    if (!(section instanceof Y.XmlElement) || section.nodeName !== 'section') continue;
    for (const block of section.toArray()) {
      if (!(block instanceof Y.XmlElement) || block.nodeName !== 'paragraph') continue;
      const first = block.firstChild;
      if (first instanceof Y.XmlText) texts.push(first);
    }
  }
  return texts;
}

/** Total characters in all texts of the document (titles, paragraphs, lists). */
export function textLength(doc: Y.Doc): number {
  let total = 0;
  const walk = (node: Y.XmlElement | Y.XmlFragment): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) total += child.length;
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(FRAGMENT));
  return total;
}

function sections(doc: Y.Doc): Y.XmlElement[] {
  return doc
    .getXmlFragment(FRAGMENT)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'section');
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

/** Creates `count` benchmark sections (`bench-1`…) with a title; used when the document is empty. */
function createSections(doc: Y.Doc, count: number): void {
  const fragment = doc.getXmlFragment(FRAGMENT);
  const created: Y.XmlElement[] = [];
  for (let i = 1; i <= count; i++) {
    const section = new Y.XmlElement('section');
    section.setAttribute('id', `bench-${i}`);
    section.setAttribute('kind', 'general');
    // y-prosemirror stores non-string attributes as they are; the schema's `number` is a number.
    (section as unknown as Y.XmlElement<{ number: number }>).setAttribute('number', i);
    const title = new Y.XmlElement('section_title');
    const titleText = new Y.XmlText();
    titleText.insert(0, `Sectie ${i}`);
    title.insert(0, [titleText]);
    section.insert(0, [title]);
    created.push(section);
  }
  fragment.insert(fragment.length, created);
}

/**
 * Appends `count` paragraphs holding `initialText`, spread round-robin over the sections (six new
 * ones when the document has none), in one transaction. Returns their texts.
 */
export function appendParagraphs(doc: Y.Doc, count: number, initialText: (index: number) => string): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  doc.transact(() => {
    if (sections(doc).length === 0) createSections(doc, 6);
    const targets = sections(doc);
    for (let i = 0; i < count; i++) {
      const section = targets[i % targets.length];
      if (section === undefined) break;
      const element = paragraph(initialText(i));
      section.insert(section.length, [element]);
      const first = element.firstChild;
      if (first instanceof Y.XmlText) texts.push(first);
    }
  });
  return texts;
}
