/**
 * Track changes of an amendment's fork against its base: a main text is built, snapshotted and
 * forked with Y.createDocFromSnapshot (as the server does), edited through ProseMirror and
 * y-prosemirror's own updateYFragment (as the editor does), and the positions are checked against
 * the edited ProseMirror document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { initProseMirrorDoc, prosemirrorToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import { trackedChanges, type TrackedChange } from '../../client/editor/trackedChanges.js';
import { schema } from '../../shared/schema/schema.js';
import { find, nodes, p, section } from './client-textFixtures.js';

const li = (text: string) => nodes.list_item!.create(null, p(text));

/** A main text, its snapshot as the amendment's base, and a fork edited like the editor does. */
function fork(content: PMNode) {
  const main = new Y.Doc({ gc: false });
  prosemirrorToYXmlFragment(content, main.getXmlFragment('prosemirror'));
  const base = Y.snapshot(main);
  const ydoc = Y.createDocFromSnapshot(main, base, new Y.Doc({ gc: false }));
  const fragment = ydoc.getXmlFragment('prosemirror');
  const init = initProseMirrorDoc(fragment, schema);
  let doc = init.doc;
  return {
    ydoc,
    fragment,
    base,
    get doc() {
      return doc;
    },
    /** A local edit: a ProseMirror transaction written to Yjs by y-prosemirror. */
    edit(change: (tr: Transaction) => void) {
      const tr = EditorState.create({ schema, doc }).tr;
      change(tr);
      doc = tr.doc;
      ydoc.transact(() => updateYFragment(ydoc, fragment, doc, init.meta));
    },
    /** A remote edit: straight into Yjs; the editor's document is rebuilt from it. */
    remote(change: (fragment: Y.XmlFragment) => void) {
      change(fragment);
      doc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    },
    changes: () => trackedChanges(fragment, doc, base),
  };
}

/** The changes in words: added text from the document, removed text from the widgets. */
function describeChanges(doc: PMNode, changes: readonly TrackedChange[]): string[] {
  return changes.map((change) => {
    switch (change.kind) {
      case 'added':
        return `+${doc.textBetween(change.from, change.to)}`;
      case 'removed':
        return `-${change.parts.map((part) => part.text).join('')}@${doc.textBetween(change.pos - 4, change.pos)}|`;
      case 'removedBlock':
        return `-block${change.inList ? '(li)' : ''}:${change.blocks.map((b) => b.map((part) => part.text).join('')).join('/')}`;
    }
  });
}

const twoParagraphs = () =>
  nodes.doc!.create(null, [section('kiv-1', 'Een', p('De eerste alinea blijft.'), p('Een tweede alinea hier.'))]);

describe('tracked changes of an amendment', () => {
  it('marks nothing in an untouched fork', () => {
    expect(fork(twoParagraphs()).changes()).toEqual([]);
  });

  it('marks inserted text at its exact positions', () => {
    const f = fork(twoParagraphs());
    f.edit((tr) => tr.insertText('nu ', find(tr.doc, 'blijft')));
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['+nu ']);
    const [added] = f.changes()!;
    expect(added).toEqual({ kind: 'added', from: find(f.doc, 'nu blijft'), to: find(f.doc, 'nu blijft') + 3 });
  });

  it('marks what was typed, not the smallest diff y-prosemirror stored', () => {
    const f = fork(nodes.doc!.create(null, [section('kiv-1', 'Een', p('Clear–Hold–Build'))]));
    const at = find(f.doc, 'Clear');
    // Typed key by key, as the editor writes it: y-prosemirror records "C" + "yber C" + "lear".
    [...'Cyber '].forEach((key, index) => f.edit((tr) => tr.insertText(key, at + index)));
    expect(f.doc.textContent).toContain('Cyber Clear');
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['+Cyber ']);
  });

  it('keeps a word typed in front of the same letter in one marked piece', () => {
    const f = fork(nodes.doc!.create(null, [section('kiv-1', 'Een', p('in beslag genomen goederen'))]));
    const at = find(f.doc, 'goederen');
    [...'(aangepast) '].forEach((key, index) => f.edit((tr) => tr.insertText(key, at + index)));
    const added = f.changes()!.flatMap((change) => (change.kind === 'added' ? [change] : []));
    expect(added.map((change) => f.doc.textBetween(change.from, change.to)).join('')).toBe('(aangepast) ');
    // One stretch, possibly in several adjacent pieces: each starts where the previous ended.
    expect(added.map((change) => change.from)).toEqual([at, ...added.slice(0, -1).map((change) => change.to)]);
  });

  it('leaves an insertion that ends like the text before it where it was typed', () => {
    const f = fork(twoParagraphs());
    const at = find(f.doc, 'blijft');
    [...'nu '].forEach((key, index) => f.edit((tr) => tr.insertText(key, at + index)));
    expect(f.changes()).toEqual([{ kind: 'added', from: at, to: at + 3 }]);
  });

  it('shows deleted text at the place it was deleted from', () => {
    const f = fork(twoParagraphs());
    f.edit((tr) => tr.delete(find(tr.doc, 'eerste '), find(tr.doc, 'eerste ') + 'eerste '.length));
    expect(f.doc.textContent).toContain('De alinea blijft.');
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['-eerste @De |']);
  });

  it('shows a replaced word as deleted then inserted, in that order', () => {
    const f = fork(twoParagraphs());
    const from = find(f.doc, 'tweede');
    f.edit((tr) => tr.insertText('vierde', from, from + 'tweede'.length));
    const changes = f.changes()!;
    // y-prosemirror writes the smallest change: the common "de" at the end stays.
    expect(describeChanges(f.doc, changes)).toEqual(['-twee@Een |', '+vier']);
    expect(changes[0]).toMatchObject({ kind: 'removed', pos: from });
  });

  it('keeps positions right after several changes in several blocks', () => {
    const f = fork(twoParagraphs());
    f.edit((tr) => tr.insertText('Vooraf: ', find(tr.doc, 'De eerste')));
    f.edit((tr) => tr.delete(find(tr.doc, ' hier'), find(tr.doc, ' hier') + 5));
    f.edit((tr) => tr.insertText(' Slot.', find(tr.doc, 'alinea.') + 'alinea.'.length));
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['+Vooraf: ', '- hier@inea|', '+ Slot.']);
  });

  it('shows a deleted paragraph as a removed block where it stood', () => {
    const f = fork(twoParagraphs());
    const second = f.doc.child(0).child(2);
    const start = find(f.doc, 'Een tweede') - 1;
    f.edit((tr) => tr.delete(start, start + second.nodeSize));
    const changes = f.changes()!;
    expect(describeChanges(f.doc, changes)).toEqual(['-block:Een tweede alinea hier.']);
    expect(changes[0]).toMatchObject({ kind: 'removedBlock', pos: start, inList: false });
  });

  it('shows a removed list item inside its list', () => {
    const f = fork(nodes.doc!.create(null, [section('kiv-2', 'Twee', nodes.bullet_list!.create(null, [li('Eén punt'), li('Ander punt')]))]));
    const start = find(f.doc, 'Ander punt') - 2;
    f.edit((tr) => tr.delete(start, start + f.doc.resolve(start + 1).parent.nodeSize + 2));
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['-block(li):Ander punt']);
  });

  it('does not mark a change of formatting as an insertion', () => {
    const f = fork(twoParagraphs());
    const from = find(f.doc, 'eerste');
    f.edit((tr) => tr.addMark(from, from + 6, schema.marks.strong!.create()));
    expect(f.changes()).toEqual([]);
  });

  it('shows a removed line break', () => {
    const br = nodes.hard_break!.create();
    const f = fork(nodes.doc!.create(null, [section('kiv-1', 'Een', nodes.paragraph!.create(null, [schema.text('Boven'), br, schema.text('onder')]))]));
    const at = find(f.doc, 'onder') - 1;
    f.edit((tr) => tr.delete(at, at + 1));
    expect(f.doc.textContent).toContain('Bovenonder');
    const removedBreaks = f.changes()!.flatMap((change) => (change.kind === 'removed' ? change.parts : [])).filter((part) => part.lineBreak);
    expect(removedBreaks).toHaveLength(1);
  });

  it('follows edits that arrive from another client', () => {
    const f = fork(twoParagraphs());
    f.remote((fragment) => {
      const text = ((fragment.get(0) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(0, 'Op afstand: ');
      text.delete('Op afstand: De '.length, 'eerste '.length);
    });
    expect(describeChanges(f.doc, f.changes()!)).toEqual(['+Op afstand: ', '-eerste @ De |']);
  });

  it('answers null when the editor document does not match the Yjs content', () => {
    const f = fork(twoParagraphs());
    const stale = f.doc;
    f.remote((fragment) => (((fragment.get(0) as Y.XmlElement).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'X'));
    expect(trackedChanges(f.fragment, stale, f.base)).toBeNull();
  });
});
