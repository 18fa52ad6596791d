/**
 * Comment anchors as the editor makes and reads them (client/comments/commentAnchors.ts): Yjs
 * relative positions through y-prosemirror, so a passage follows its text while the text changes
 * around it, locally (a ProseMirror edit written to Yjs) or remotely (another copy's update), and
 * its two ends meet once it is deleted.
 */
import { describe, expect, it } from 'vitest';
import { initProseMirrorDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import { anchorOf, passageRange, rangeOf } from '../../client/comments/commentAnchors.js';
import { CommentAnchor } from '../../shared/api/comments.js';
import { schema } from '../../shared/schema/schema.js';
import { editorCopy, find, nodes, p, section, seededCopy } from './client-textFixtures.js';

const documentOf = (...paragraphs: string[]) => nodes.doc!.create(null, [section('kiv-1', 'Titel', ...paragraphs.map(p))]);

/** A browser's copy of the text, with anchors made and read in it. */
function withAnchors(text: ReturnType<typeof editorCopy>) {
  return Object.assign(text, {
    anchor(phrase: string) {
      const from = find(text.doc, phrase);
      return anchorOf(text.fragment, text.mapping, from, from + phrase.length);
    },
    /** Where the anchor is now, and the text it holds. */
    read(anchor: CommentAnchor) {
      const range = rangeOf(text.fragment, text.mapping, text.doc, anchor);
      return range === null ? null : { ...range, text: text.doc.textBetween(range.from, range.to, '\n') };
    },
  });
}

const copy = (ydoc?: Y.Doc) => withAnchors(editorCopy(ydoc));
const seeded = (...paragraphs: string[]) => withAnchors(seededCopy(documentOf(...paragraphs)));

const FIRST = 'De federale overheid en de deelstaten werken samen.';
const SECOND = 'Integrale veiligheid vraagt een gedeelde aanpak van alle partners.';

describe('comment anchors', () => {
  it('are relative positions of the root fragment, in the shape the server accepts', () => {
    const text = seeded(FIRST, SECOND);
    const anchor = text.anchor('deelstaten');
    expect(CommentAnchor.safeParse(JSON.parse(JSON.stringify(anchor))).success).toBe(true);
    expect(anchor.start.item).toBeDefined();
    expect(text.read(anchor)).toMatchObject({ text: 'deelstaten', deleted: false });
  });

  it('follow the passage while text is inserted before it and inside it', () => {
    const text = seeded(FIRST, SECOND);
    const anchor = text.anchor('gedeelde aanpak');
    text.edit((tr) => tr.insertText('Nieuwe inleiding. ', find(tr.doc, 'De federale')));
    text.edit((tr) => tr.insertText('een ', find(tr.doc, 'Integrale')));
    expect(text.read(anchor)).toMatchObject({ text: 'gedeelde aanpak', deleted: false });
    text.edit((tr) => tr.insertText(' en gecoördineerde', find(tr.doc, 'gedeelde') + 'gedeelde'.length));
    expect(text.read(anchor)?.text).toBe('gedeelde en gecoördineerde aanpak');
    // Text typed just before it stays outside.
    text.edit((tr) => tr.insertText('een ', find(tr.doc, 'gedeelde')));
    expect(text.read(anchor)?.text).toBe('gedeelde en gecoördineerde aanpak');
  });

  it('follow the passage through a change made in another copy and merged', () => {
    const lead = seeded(FIRST, SECOND);
    const reader = copy(new Y.Doc({ gc: false }));
    Y.applyUpdate(reader.ydoc, Y.encodeStateAsUpdate(lead.ydoc));
    reader.rerender();
    const anchor = reader.anchor('werken samen');
    lead.edit((tr) => tr.insertText('Vandaag ', find(tr.doc, 'De federale')));
    lead.edit((tr) => tr.delete(find(tr.doc, 'federale '), find(tr.doc, 'federale ') + 'federale '.length));
    Y.applyUpdate(reader.ydoc, Y.encodeStateAsUpdate(lead.ydoc, Y.encodeStateVector(reader.ydoc)));
    reader.rerender();
    expect(reader.read(anchor)).toMatchObject({ text: 'werken samen', deleted: false });
    expect(reader.doc.textContent).toContain('Vandaag De overheid');
  });

  it('keep what is left of a partly deleted passage and meet once it is wholly deleted', () => {
    const text = seeded(FIRST, SECOND);
    const anchor = text.anchor('federale overheid');
    text.edit((tr) => tr.delete(find(tr.doc, 'federale '), find(tr.doc, 'federale ') + 'federale '.length));
    expect(text.read(anchor)).toMatchObject({ text: 'overheid', deleted: false });
    text.edit((tr) => tr.delete(find(tr.doc, 'overheid'), find(tr.doc, 'overheid') + 'overheid'.length));
    const gone = text.read(anchor);
    expect(gone).toMatchObject({ text: '', deleted: true });
    expect(gone!.from).toBe(gone!.to);
  });

  it('span blocks, and a deleted paragraph takes its passage with it', () => {
    const text = seeded(FIRST, SECOND, 'Een derde alinea.');
    const from = find(text.doc, 'samen.');
    const to = find(text.doc, 'Integrale') + 'Integrale'.length;
    const anchor = anchorOf(text.fragment, initProseMirrorDoc(text.fragment, schema).mapping, from, to);
    expect(text.read(anchor)?.text).toBe('samen.\nIntegrale');
    text.edit((tr, doc) => {
      const start = find(doc, 'De federale') - 1;
      const end = find(doc, 'Integrale') - 1 + nodes.paragraph!.create(null, schema.text(SECOND)).nodeSize;
      tr.delete(start, end);
    });
    expect(text.doc.textContent).not.toContain('Integrale');
    expect(text.read(anchor)?.deleted).toBe(true);
  });

  it('count a passage across blocks as deleted once its text is, though the blocks stay', () => {
    const text = seeded(FIRST, SECOND);
    const from = find(text.doc, 'samen.');
    const to = find(text.doc, 'Integrale') + 'Integrale'.length;
    const anchor = anchorOf(text.fragment, initProseMirrorDoc(text.fragment, schema).mapping, from, to);
    text.edit((tr) => tr.delete(find(tr.doc, 'Integrale'), find(tr.doc, 'Integrale') + 'Integrale'.length));
    text.edit((tr) => tr.delete(find(tr.doc, 'samen.'), find(tr.doc, 'samen.') + 'samen.'.length));
    const gone = text.read(anchor)!;
    expect(gone.to).toBeGreaterThan(gone.from);
    expect(gone).toMatchObject({ text: '\n', deleted: true });
  });

  it('name nothing in a text that lacks their structs', () => {
    const text = seeded(FIRST);
    const other = seeded(FIRST);
    expect(other.read(text.anchor('federale'))).toBeNull();
  });

  it('are read as an ordered range inside the document', () => {
    const doc = documentOf(FIRST);
    const size = doc.content.size;
    expect(passageRange(doc, 9, 4)).toMatchObject({ from: 4, to: 9, deleted: false });
    expect(passageRange(doc, -3, size + 10)).toMatchObject({ from: 0, to: size });
    expect(passageRange(doc, 5, 5).deleted).toBe(true);
  });
});
