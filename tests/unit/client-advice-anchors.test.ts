/**
 * Advice points anchored on a frozen version (client/advice/frozenText.ts) and found again in the
 * main text as it is later (client/advice/livePassage.ts): the version's state loaded into its own
 * Y.Doc names the main text's own characters, so a passage chosen there follows its text in the
 * main text while the lead edits on, and the frozen copy never moves.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { frozenTextOf, passageOf, pointRanges, sectionAt } from '../../client/advice/frozenText.js';
import { livePassageState } from '../../client/advice/livePassage.js';
import { rangeOf } from '../../client/comments/commentAnchors.js';
import { CommentAnchor } from '../../shared/api/comments.js';
import { editorCopy, find, nodes, p, section, seededCopy } from './client-textFixtures.js';

const FIRST = 'De federale overheid en de deelstaten werken samen aan integrale veiligheid.';
const SECOND = 'Het openbaar ministerie vervolgt prioritair de zware georganiseerde criminaliteit.';

/** The main text as the server's room holds it, edited as the lead's editor edits it. */
function mainText() {
  const main = seededCopy(nodes.doc!.create(null, [section('kiv-1', 'Inleiding', p(FIRST)), section('kiv-2', 'Georganiseerde criminaliteit', p(SECOND))]));
  return Object.assign(main, {
    /** The passage of `anchor` here now, and its state against `quote`. */
    read(anchor: CommentAnchor, quote: string) {
      const range = rangeOf(main.fragment, main.mapping, main.doc, anchor);
      return {
        state: livePassageState(main.doc, range, quote),
        text: range === null ? null : main.doc.textBetween(range.from, range.to, '\n'),
      };
    },
  });
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
    const lead = editorCopy();
    Y.applyUpdate(lead.ydoc, Y.encodeStateAsUpdate(main.ydoc));
    lead.rerender();
    lead.edit((tr, doc) => tr.insertText(' nauw', find(doc, 'werken samen') + 'werken'.length));
    Y.applyUpdate(main.ydoc, Y.encodeStateAsUpdate(lead.ydoc, Y.encodeStateVector(main.ydoc)));
    main.rerender();
    expect(main.read(passage.anchor, passage.quote)).toEqual({ state: 'changed', text: 'werken nauw samen' });
    expect(frozen.doc.textContent).toContain('werken samen aan');
  });
});
