import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { ySyncPluginKey } from 'y-prosemirror';
import { sectionGuard } from '../../client/editor/sectionGuard.js';
import { schema, sectionOutline } from '../../shared/schema/schema.js';

const { nodes } = schema;

function section(id: string, number: number, title: string, body: string) {
  return nodes.section!.create({ id, kind: 'interest', number }, [
    nodes.section_title!.create(null, schema.text(title)),
    nodes.paragraph!.create(null, schema.text(body)),
  ]);
}

function start(onRefused = () => {}) {
  const doc = nodes.doc!.create(null, [section('kiv-1', 1, 'Een', 'Eerste tekst'), section('kiv-2', 2, 'Twee', 'Tweede tekst')]);
  return EditorState.create({ schema, doc, plugins: [sectionGuard(onRefused)] });
}

const ids = (state: EditorState) => sectionOutline(state.doc).map((s) => s.id);

describe('section guard', () => {
  it('lets text edits inside a section through', () => {
    const state = start();
    const next = state.apply(state.tr.insertText('nieuw ', 8));
    expect(next.doc.textContent).toContain('nieuw');
  });

  it('refuses removing a section and reports it', () => {
    let refused = 0;
    const state = start(() => refused++);
    const first = state.doc.child(0);
    const next = state.apply(state.tr.delete(0, first.nodeSize));
    expect(ids(next)).toEqual(['kiv-1', 'kiv-2']);
    expect(refused).toBe(1);
  });

  it('refuses a deletion across two sections (which would merge them)', () => {
    const state = start();
    // From inside section 1's paragraph to inside section 2's paragraph.
    const from = state.doc.child(0).nodeSize - 6;
    const to = state.doc.content.size - 4;
    expect(state.doc.resolve(from).parent.type.name).toBe('paragraph');
    expect(state.doc.resolve(to).parent.type.name).toBe('paragraph');
    const tr = state.tr.setSelection(TextSelection.create(state.doc, from, to)).deleteSelection();
    expect(state.apply(tr).doc.eq(state.doc)).toBe(true);
  });

  it('refuses duplicating and adding sections', () => {
    const state = start();
    const duplicate = state.tr.insert(state.doc.content.size, state.doc.child(1));
    expect(ids(state.apply(duplicate))).toEqual(['kiv-1', 'kiv-2']);
    const added = state.tr.insert(state.doc.content.size, section('kiv-9', 9, 'Nieuw', 'x'));
    expect(ids(state.apply(added))).toEqual(['kiv-1', 'kiv-2']);
  });

  it('lets changes from the Yjs sync through, even when they remove a section', () => {
    const state = start();
    const first = state.doc.child(0);
    const tr = state.tr.delete(0, first.nodeSize).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(ids(state.apply(tr))).toEqual(['kiv-2']);
  });
});
