/**
 * The ProseMirror schema of a main text: numbered sections with stable ids, each a title followed by
 * headings, paragraphs and lists. The browser edits with it and the server builds it headlessly for
 * the seed and for plain-text and DOCX exports.
 */
import { Schema, type Node as PMNode } from 'prosemirror-model';

/** Kinds of section (GLOSSARY.md): a KIV security interest, an NVP theme, or free text. */
export const SECTION_KINDS = ['interest', 'theme', 'general'] as const;

/** One of the section kinds above. */
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The schema shared by editor, server and tests. */
export const schema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: {
      content: 'section_title block*',
      attrs: {
        // A default only so ProseMirror can fill required content; the section guard refuses new sections.
        id: { default: '', validate: 'string' },
        kind: { default: 'general', validate: 'string' },
        number: { default: 0, validate: 'number' },
      },
      // Defining and isolating: Backspace at a section's start never merges it into the previous one.
      defining: true,
      isolating: true,
      parseDOM: [
        {
          tag: 'section[data-section-id]',
          getAttrs: (dom: HTMLElement) => ({
            id: dom.getAttribute('data-section-id'),
            kind: dom.getAttribute('data-kind') ?? 'general',
            number: Number(dom.getAttribute('data-number') ?? 0),
          }),
        },
      ],
      toDOM: (node) => [
        'section',
        {
          class: 'doc-section',
          id: `section-${node.attrs.id as string}`,
          'data-section-id': node.attrs.id as string,
          'data-kind': node.attrs.kind as string,
          'data-number': String(node.attrs.number),
        },
        0,
      ],
    },
    section_title: {
      content: 'text*',
      marks: '',
      defining: true,
      parseDOM: [{ tag: 'h2.section-title' }],
      toDOM: () => ['h2', { class: 'section-title' }, 0],
    },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      attrs: { level: { default: 3, validate: 'number' } },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [
        { tag: 'h3', attrs: { level: 3 } },
        { tag: 'h4', attrs: { level: 4 } },
      ],
      toDOM: (node) => [`h${node.attrs.level as number}`, 0],
    },
    bullet_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      attrs: { order: { default: 1, validate: 'number' } },
      content: 'list_item+',
      group: 'block',
      parseDOM: [
        {
          tag: 'ol',
          getAttrs: (dom: HTMLElement) => ({ order: Number(dom.getAttribute('start') ?? 1) }),
        },
      ],
      toDOM: (node) =>
        (node.attrs.order as number) === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs.order) }, 0],
    },
    list_item: {
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      // Plain text (exports, the text API) keeps the words on either side apart.
      leafText: () => '\n',
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br'],
    },
  },
  marks: {
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0],
    },
    em: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }],
      toDOM: () => ['em', 0],
    },
  },
});

/** A section as the outline shows it. */
export interface SectionOutline {
  id: string;
  kind: string;
  number: number;
  title: string;
}

/** The sections of a document in order, for the outline and for the section guard. */
export function sectionOutline(doc: PMNode): SectionOutline[] {
  const sections: SectionOutline[] = [];
  doc.forEach((node) => {
    if (node.type.name !== 'section') return;
    sections.push({
      id: node.attrs.id as string,
      kind: node.attrs.kind as string,
      number: node.attrs.number as number,
      title: node.firstChild?.textContent ?? '',
    });
  });
  return sections;
}

/** Plain text of a document: section titles numbered, blocks separated by blank lines, list items bulleted. */
export function documentToPlainText(doc: PMNode): string {
  const lines: string[] = [];
  const walk = (node: PMNode, listPrefix: string | null): void => {
    switch (node.type.name) {
      case 'bullet_list':
        node.forEach((item) => walk(item, '• '));
        return;
      case 'ordered_list': {
        let n = node.attrs.order as number;
        node.forEach((item) => walk(item, `${n++}. `));
        return;
      }
      case 'list_item': {
        let first = true;
        node.forEach((child) => {
          if (first && child.isTextblock) lines.push(`${listPrefix ?? ''}${child.textContent}`);
          else walk(child, null);
          first = false;
        });
        return;
      }
      default:
        if (node.isTextblock) lines.push(node.textContent);
        else node.forEach((child) => walk(child, null));
    }
  };
  doc.forEach((section) => {
    const number = section.attrs.number as number;
    const title = section.firstChild?.textContent ?? '';
    lines.push(number > 0 ? `${number}. ${title}` : title);
    section.forEach((child, _offset, index) => {
      if (index > 0) walk(child, null);
    });
    lines.push('');
  });
  return lines.join('\n').trimEnd() + '\n';
}
