/** The main text's ProseMirror schema, its outline and its plain text (shared/schema/schema.ts). */
import type { Attrs, Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { documentToPlainText, schema, sectionOutline } from '../../shared/schema/schema.js';

// Tag builders: documents are written as trees, never as counted offsets. `schema.node` does not
// check content, so the refusal tests can build invalid trees and ask `check()` about them.
type Inline = PMNode | string;
const inline = (content: Inline[]): PMNode[] =>
  content.filter((part) => part !== '').map((part) => (typeof part === 'string' ? schema.text(part) : part));
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

const sample = () =>
  doc(
    section(
      { id: 'kiv-1', kind: 'interest', number: 1 },
      title('Veiligheid van de openbare ruimte'),
      p('Inleiding bij het ', strong('eerste'), ' belang.'),
      ul(li(p('Hybride dreigingen')), li(p('Grensbeheer'), p('Met toelichting'))),
    ),
    section(
      { id: 'kiv-2', kind: 'interest', number: 2 },
      title('Maatschappelijke veiligheid'),
      h(3, 'Doelstellingen'),
      ol(3, li(p('Derde punt')), li(p('Vierde punt'), ul(li(p('Deelpunt'))))),
    ),
    section({ id: 'intro', kind: 'general', number: 0 }, title('Woord vooraf'), p('Vrije tekst.')),
  );

describe('schema', () => {
  it('accepts a document of titled sections', () => {
    const built = sample();
    expect(() => built.check()).not.toThrow();
    expect(built.childCount).toBe(3);
  });

  it('refuses a document without sections', () => {
    expect(() => doc().check()).toThrow(RangeError);
  });

  it('refuses a section without a title', () => {
    expect(() => doc(section({ id: 'kiv-1', kind: 'interest', number: 1 }, p('Geen titel'))).check()).toThrow(RangeError);
    expect(() => section({ id: 'kiv-1' }).check()).toThrow(RangeError);
  });

  it('refuses a title after the first position and blocks outside sections', () => {
    expect(() => section({ id: 'kiv-1' }, title('Een'), title('Twee')).check()).toThrow(RangeError);
    expect(() => schema.node('doc', null, [p('los')]).check()).toThrow(RangeError);
  });

  it('refuses marks in a section title', () => {
    expect(() => schema.node('section_title', null, [strong('vet')]).check()).toThrow(RangeError);
  });

  it('refuses a list item that does not start with a paragraph', () => {
    expect(() => ul(li(ul(li(p('x'))))).check()).toThrow(RangeError);
  });

  it('gives the outline in document order', () => {
    expect(sectionOutline(sample())).toEqual([
      { id: 'kiv-1', kind: 'interest', number: 1, title: 'Veiligheid van de openbare ruimte' },
      { id: 'kiv-2', kind: 'interest', number: 2, title: 'Maatschappelijke veiligheid' },
      { id: 'intro', kind: 'general', number: 0, title: 'Woord vooraf' },
    ]);
  });

  it('fills the section defaults', () => {
    expect(sectionOutline(doc(section({}, title(''))))).toEqual([{ id: '', kind: 'general', number: 0, title: '' }]);
  });

  it('renders plain text: numbered titles, bullets, ordered numbers, a blank line between sections', () => {
    expect(documentToPlainText(sample())).toBe(
      [
        '1. Veiligheid van de openbare ruimte',
        'Inleiding bij het eerste belang.',
        '• Hybride dreigingen',
        '• Grensbeheer',
        'Met toelichting',
        '',
        '2. Maatschappelijke veiligheid',
        'Doelstellingen',
        '3. Derde punt',
        '4. Vierde punt',
        '• Deelpunt',
        '',
        'Woord vooraf',
        'Vrije tekst.',
        '',
      ].join('\n'),
    );
  });

  it('ends the plain text with exactly one newline', () => {
    expect(documentToPlainText(doc(section({ number: 1 }, title('Titel'), p(''))))).toBe('1. Titel\n');
  });

  // Regression: without leafText on hard_break the words on either side of a line break were glued
  // together in the plain text (and in GET /api/documents/:id/text).
  it('keeps the words on either side of a hard break apart', () => {
    const text = documentToPlainText(doc(section({ number: 1 }, title('Titel'), p('Eerste regel', br(), 'tweede regel'))));
    expect(text).not.toContain('regeltweede');
  });
});
