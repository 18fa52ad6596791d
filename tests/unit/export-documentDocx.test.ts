/**
 * A main text as Word content (server/export/documentDocx.ts): section headings from the section's
 * kind and number, heading levels, bold and italic, hard breaks, and lists as real Word numbering.
 */
import type { Attrs, Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocx, packDocx } from '../../server/export/docxFile.js';
import { documentDocx } from '../../server/export/documentDocx.js';
import { schema } from '../../shared/schema/schema.js';
import { docxEntries } from '../utils/docx.js';

/** Each paragraph of the body: its style, list level and numbering id, and its text. */
function paragraphs(xml: string): { style: string | null; level: number | null; numId: string | null; indent: string | null; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gs)].map(([, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null,
    level: /<w:ilvl w:val="(\d+)"\/>/.exec(inner) ? Number(/<w:ilvl w:val="(\d+)"\/>/.exec(inner)![1]) : null,
    numId: /<w:numId w:val="(\d+)"\/>/.exec(inner)?.[1] ?? null,
    indent: /<w:pPr>.*?<w:ind w:left="(\d+)"/s.exec(inner)?.[1] ?? null,
    text: [...inner.matchAll(/<w:t[^>]*>(.*?)<\/w:t>|<w:br\/>/gs)].map((m) => m[1] ?? '\n').join(''),
    xml: inner,
  }));
}

// Tag builders, as in tests/unit/schema.test.ts.
type Inline = PMNode | string;
const inline = (content: Inline[]): PMNode[] => content.filter((part) => part !== '').map((part) => (typeof part === 'string' ? schema.text(part) : part));
const doc = (...sections: PMNode[]) => schema.node('doc', null, sections);
const section = (attrs: Attrs, ...children: PMNode[]) => schema.node('section', attrs, children);
const title = (text: string) => schema.node('section_title', null, text ? [schema.text(text)] : []);
const p = (...content: Inline[]) => schema.node('paragraph', null, inline(content));
const h = (level: number, text: string) => schema.node('heading', { level }, [schema.text(text)]);
const ul = (...items: PMNode[]) => schema.node('bullet_list', null, items);
const ol = (order: number, ...items: PMNode[]) => schema.node('ordered_list', { order }, items);
const li = (...blocks: PMNode[]) => schema.node('list_item', null, blocks);
const br = () => schema.node('hard_break');
const strong = (text: string) => schema.text(text, [schema.marks.strong!.create()]);
const em = (text: string) => schema.text(text, [schema.marks.em!.create()]);

const sample = () =>
  doc(
    section(
      { id: 'kiv-1', kind: 'interest', number: 1 },
      title('Veiligheid van de openbare ruimte'),
      p('Inleiding bij het ', strong('eerste'), ' en ', em('tweede'), ' belang.', br(), 'Nieuwe regel.'),
      ul(li(p('Hybride dreigingen')), li(p('Grensbeheer'), p('Met toelichting'), ul(li(p('Havens'))))),
    ),
    section(
      { id: 'nvp-3', kind: 'theme', number: 3 },
      title('Cybercriminaliteit'),
      h(3, 'Doelstellingen'),
      h(4, 'Op korte termijn'),
      ol(1, li(p('Eerste')), li(p('Tweede'))),
      p('Tussentekst'),
      ol(1, li(p('Opnieuw één'))),
      ol(3, li(p('Derde punt'))),
    ),
    section({ id: 'intro', kind: 'general', number: 0 }, title('Woord vooraf'), p('Vrije tekst.')),
  );

const render = async (node: PMNode) => {
  const bytes = await packDocx(buildDocx(documentDocx({ title: 'Kadernota Integrale Veiligheid 2026-2029', lines: ['Huidige tekst · stand op 30/11/2026'], doc: node })));
  const [document = '', numbering = ''] = docxEntries(bytes, ['word/document.xml', 'word/numbering.xml']);
  return { document, numbering, body: paragraphs(document) };
};
const find = (body: Awaited<ReturnType<typeof render>>['body'], text: string) => {
  const found = body.find((paragraph) => paragraph.text === text);
  if (!found) throw new Error(`no paragraph ${JSON.stringify(text)} in ${JSON.stringify(body.map((b) => b.text))}`);
  return found;
};

describe('a main text as DOCX', () => {
  it('opens with the title and its lines, then names each section by its kind and number', async () => {
    const { body } = await render(sample());
    expect(body.slice(0, 2).map((b) => [b.style, b.text])).toEqual([
      ['Title', 'Kadernota Integrale Veiligheid 2026-2029'],
      [null, 'Huidige tekst · stand op 30/11/2026'],
    ]);
    expect(body.filter((b) => b.style === 'Heading1').map((b) => b.text)).toEqual([
      'Veiligheidsbelang 1: Veiligheid van de openbare ruimte',
      'Veiligheidsthema 3: Cybercriminaliteit',
      'Woord vooraf',
    ]);
  });

  it('maps headings of level 3 and 4 to the Word headings under the section', async () => {
    const { body } = await render(sample());
    expect(find(body, 'Doelstellingen').style).toBe('Heading2');
    expect(find(body, 'Op korte termijn').style).toBe('Heading3');
  });

  it('keeps bold, italic and hard breaks', async () => {
    const { body } = await render(sample());
    const paragraph = find(body, 'Inleiding bij het eerste en tweede belang.\nNieuwe regel.');
    expect(paragraph.xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">eerste<\/w:t>/);
    expect(paragraph.xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">tweede<\/w:t>/);
    // Plain text carries no explicit "not bold", which would override a bold style.
    expect(paragraph.xml).not.toContain('w:val="false"');
  });

  it('numbers bullet lists with Word numbering, nested items one level deeper', async () => {
    const { body, numbering } = await render(sample());
    const first = find(body, 'Hybride dreigingen');
    expect(first.numId).not.toBeNull();
    expect(first.level).toBe(0);
    expect(find(body, 'Grensbeheer')).toMatchObject({ numId: first.numId, level: 0 });
    expect(find(body, 'Havens').level).toBe(1);
    // The item's second paragraph has no bullet but lines up with the item's text.
    expect(find(body, 'Met toelichting')).toMatchObject({ numId: null, indent: '720' });
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="bullet"\/><w:lvlText w:val="•"\/>/);
  });

  it('numbers ordered lists from their start, each list counting again', async () => {
    const { body, numbering } = await render(sample());
    const one = find(body, 'Eerste');
    expect(find(body, 'Tweede').numId).toBe(one.numId);
    expect(find(body, 'Tussentekst').numId).toBeNull();
    const again = find(body, 'Opnieuw één');
    expect(again.numId).not.toBe(one.numId);
    const fromThree = find(body, 'Derde punt');
    const abstractOf = (numId: string | null) => new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
    const startOverride = (numId: string | null) => new RegExp(`<w:num w:numId="${numId}">.*?<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\\d+)"/>`, 's').exec(numbering)?.[1];
    expect(startOverride(one.numId)).toBe('1');
    expect(startOverride(again.numId)).toBe('1');
    expect(startOverride(fromThree.numId)).toBe('3');
    const decimal = (numId: string | null) =>
      new RegExp(`<w:abstractNum w:abstractNumId="${abstractOf(numId)}"[^>]*>.*?<w:lvl w:ilvl="0"[^>]*><w:start w:val="\\d+"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>`, 's').test(numbering);
    expect(decimal(one.numId)).toBe(true);
    expect(decimal(fromThree.numId)).toBe(true);
  });

  it('renders a section with only its title', async () => {
    const { body } = await render(doc(section({ id: 'x', kind: 'theme', number: 2 }, title(''))));
    expect(body.filter((b) => b.style === 'Heading1').map((b) => b.text)).toEqual(['Veiligheidsthema 2']);
  });
});
