/**
 * Advice points anchored on a frozen version (client/advice/frozenText.ts) and found again in the
 * main text as it is later (client/advice/livePassage.ts): the version's state loaded into its own
 * Y.Doc names the main text's own characters, so a passage chosen there follows its text in the
 * main text while the lead edits on, and the frozen copy never moves.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { initProseMirrorDoc, prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror';
import * as Y from 'yjs';
import { frozenTextOf, passageOf, pointRanges, sectionAt } from '../../client/advice/frozenText.js';
import { livePassageState } from '../../client/advice/livePassage.js';
import { rangeOf } from '../../client/comments/commentAnchors.js';
import { CommentAnchor } from '../../shared/api/comments.js';
import { schema } from '../../shared/schema/schema.js';

const { nodes } = schema;
const p = (text: string) => nodes.paragraph!.create(null, schema.text(text));
const section = (id: string, number: number, title: string, ...paragraphs: string[]) =>
  nodes.section!.create({ id, kind: 'interest', number }, [nodes.section_title!.create(null, schema.text(title)), ...paragraphs.map(p)]);

const FIRST = 'De federale overheid en de deelstaten werken samen aan integrale veiligheid.';
const SECOND = 'Het openbaar ministerie vervolgt prioritair de zware georganiseerde criminaliteit.';

/** Position of the first occurrence of `text` in the document. */
function find(doc: PMNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0 || !node.isText) return found < 0;
    const index = node.text!.indexOf(text);
    if (index >= 0) found = pos + index;
    return false;
  });
  if (found < 0) throw new Error(`"${text}" not in the document`);
  return found;
}

/** The main text as the server's room holds it, edited as the lead's editor edits it. */
function mainText() {
  const ydoc = new Y.Doc({ gc: false });
  const fragment = ydoc.getXmlFragment('prosemirror');
  prosemirrorToYXmlFragment(
    nodes.doc!.create(null, [section('kiv-1', 1, 'Inleiding', FIRST), section('kiv-2', 2, 'Georganiseerde criminaliteit', SECOND)]),
    fragment,
  );
  let view = initProseMirrorDoc(fragment, schema);
  return {
    ydoc,
    get doc() {
      return view.doc;
    },
    edit(change: (tr: Transaction, doc: PMNode) => void) {
      const tr = EditorState.create({ schema, doc: view.doc }).tr;
      change(tr, view.doc);
      ydoc.transact(() => updateYFragment(ydoc, fragment, tr.doc, view.meta));
      view = initProseMirrorDoc(fragment, schema);
    },
    /** Picks up what arrived in Yjs from another copy: the editor renders it again. */
    rerender() {
      view = initProseMirrorDoc(fragment, schema);
    },
    /** The passage of `anchor` here now, and its state against `quote`. */
    read(anchor: CommentAnchor, quote: string) {
      const range = rangeOf(fragment, view.mapping, view.doc, anchor);
      return {
        state: livePassageState(view.doc, range, quote),
        text: range === null ? null : view.doc.textBetween(range.from, range.to, '\n'),
      };
    },
  };
}

/** The version's state as `GET /api/versions/:id/state` serves it: the room's whole state when it was taken. */
const versionOf = (main: ReturnType<typeof mainText>) => Y.encodeStateAsUpdate(main.ydoc);

/** The passage of `text` chosen on the frozen version. */
function choose(frozen: ReturnType<typeof frozenTextOf>, text: string) {
  const from = find(frozen.doc, text);
  const passage = passageOf(frozen, from, from + text.length);
  if (passage === null) throw new Error('no passage');
  return passage;
}

describe('advice point anchors on a frozen version', () => {
  it('quote the passage, name its section and have the shape the server accepts', () => {
    const frozen = frozenTextOf(versionOf(mainText()));
    const passage = choose(frozen, 'zware georganiseerde criminaliteit');
    expect(passage.quote).toBe('zware georganiseerde criminaliteit');
    expect(passage.sectionId).toBe('kiv-2');
    expect(CommentAnchor.safeParse(JSON.parse(JSON.stringify(passage.anchor))).success).toBe(true);
    expect(sectionAt(frozen.doc, find(frozen.doc, 'deelstaten'))).toBe('kiv-1');
    // An empty or blank selection is no passage.
    const at = find(frozen.doc, 'deelstaten');
    expect(passageOf(frozen, at, at)).toBeNull();
  });

  it('find their passage unchanged in the main text when only text around it was edited', () => {
    const main = mainText();
    const frozen = frozenTextOf(versionOf(main));
    const passage = choose(frozen, 'werken samen');
    main.edit((tr, doc) => tr.insertText('Vandaag ', find(doc, 'De federale')));
    main.edit((tr, doc) => tr.insertText(' en doelgericht', find(doc, 'veiligheid.') + 'veiligheid'.length));
    expect(main.read(passage.anchor, passage.quote)).toEqual({ state: 'unchanged', text: 'werken samen' });
  });

  it('see the passage changed in the main text while the frozen version keeps it as it was', () => {
    const main = mainText();
    const frozen = frozenTextOf(versionOf(main));
    const passage = choose(frozen, 'zware georganiseerde criminaliteit');
    const before = frozen.doc.textContent;

    // The lead replaces a word inside the passage in the editor of the main text.
    main.edit((tr, doc) => {
      const at = find(doc, 'zware');
      tr.insertText('ernstige', at, at + 'zware'.length);
    });

    expect(main.read(passage.anchor, passage.quote)).toEqual({ state: 'changed', text: 'ernstige georganiseerde criminaliteit' });
    // The frozen copy never received the edit: the same text, the passage where it was.
    expect(frozen.doc.textContent).toBe(before);
    const range = pointRanges(frozen, [{ id: 'p1', anchor: passage.anchor }]).get('p1');
    expect(range && frozen.doc.textBetween(range.from, range.to)).toBe('zware georganiseerde criminaliteit');
  });

  it('see the passage deleted once all of it is gone from the main text', () => {
    const main = mainText();
    const frozen = frozenTextOf(versionOf(main));
    const passage = choose(frozen, 'prioritair ');
    main.edit((tr, doc) => tr.delete(find(doc, 'prioritair '), find(doc, 'prioritair ') + 'prioritair '.length));
    expect(main.read(passage.anchor, passage.quote).state).toBe('deleted');
  });

  it('resolve in a main text that received the lead’s edits from another copy', () => {
    const main = mainText();
    const frozen = frozenTextOf(versionOf(main));
    const passage = choose(frozen, 'werken samen');
    // Another copy (the lead's browser) edits; the server's copy merges the update.
    const lead = new Y.Doc({ gc: false });
    Y.applyUpdate(lead, Y.encodeStateAsUpdate(main.ydoc));
    const view = initProseMirrorDoc(lead.getXmlFragment('prosemirror'), schema);
    const tr = EditorState.create({ schema, doc: view.doc }).tr;
    tr.insertText(' nauw', find(view.doc, 'werken samen') + 'werken'.length);
    lead.transact(() => updateYFragment(lead, lead.getXmlFragment('prosemirror'), tr.doc, view.meta));
    Y.applyUpdate(main.ydoc, Y.encodeStateAsUpdate(lead, Y.encodeStateVector(main.ydoc)));
    main.rerender();
    expect(main.read(passage.anchor, passage.quote)).toEqual({ state: 'changed', text: 'werken nauw samen' });
    expect(frozen.doc.textContent).toContain('werken samen aan');
  });
});
