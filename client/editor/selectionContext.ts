/** Where the user is in the text, for starting an amendment: the section and the selected passage. */
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The section holding the selection's start, and the selected text (null when nothing is selected). */
export interface SelectionContext {
  sectionId: string | null;
  passage: string | null;
}

/** Reads the context from an editor state. */
export function selectionContext(state: EditorState, from = state.selection.from, to = state.selection.to): SelectionContext {
  const $from = state.doc.resolve(from);
  const section = $from.depth >= 1 ? $from.node(1) : null;
  const sectionId = section?.type.name === 'section' ? String(section.attrs.id) : null;
  const passage = from === to ? null : state.doc.textBetween(from, to, '\n', '\n').trim();
  return { sectionId, passage: passage === '' ? null : passage };
}

/**
 * The context of a view. A read-only view may not carry the browser's text selection in its
 * state, so a selection made in its DOM counts as well.
 */
export function viewSelectionContext(view: EditorView): SelectionContext {
  const { from, to } = view.state.selection;
  const dom = view.dom.ownerDocument.getSelection();
  if (from === to && dom !== null && !dom.isCollapsed && dom.anchorNode !== null && dom.focusNode !== null) {
    if (view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
      try {
        const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
        const focus = view.posAtDOM(dom.focusNode, dom.focusOffset);
        return selectionContext(view.state, Math.min(anchor, focus), Math.max(anchor, focus));
      } catch {
        // A position inside a widget cannot be mapped: fall back to the state's selection.
      }
    }
  }
  return selectionContext(view.state);
}
