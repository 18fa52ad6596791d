/**
 * The passage a user selected to comment on. A reader's view is not editable, and there the
 * browser's selection is the one to trust; in an editable view with focus, ProseMirror's own.
 */
import type { EditorView } from 'prosemirror-view';

/** A selected stretch of the document. */
export interface SelectedRange {
  from: number;
  to: number;
}

/** The selection made in the view's DOM, as document positions; null when there is none inside it. */
function domSelection(view: EditorView): SelectedRange | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection === null || selection.isCollapsed || selection.anchorNode === null || selection.focusNode === null) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const focus = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return { from: Math.min(anchor, focus), to: Math.max(anchor, focus) };
  } catch {
    // A position inside a widget (e.g. struck-through text of an amendment) cannot be mapped.
    return null;
  }
}

/** The selected passage, when it holds some text. */
export function selectedRange(view: EditorView): SelectedRange | null {
  const { from, to } = view.state.selection;
  const range = domSelection(view) ?? (view.hasFocus() && from < to ? { from, to } : null);
  if (range === null || range.from >= range.to) return null;
  return view.state.doc.textBetween(range.from, range.to, '').trim() === '' ? null : range;
}
