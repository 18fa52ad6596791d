/**
 * Which highlighted passage a click in a text landed on (a comment thread's, an advice point's),
 * named by the data attribute its decoration carries.
 */
import type { EditorView } from 'prosemirror-view';

/**
 * The id in `attribute` of the highlight clicked in this view; null when the click was elsewhere,
 * or ended a selection (that click is for selecting, not for opening the thread or point).
 */
export function clickedHighlight(view: EditorView, event: MouseEvent, attribute: string): string | null {
  const target = event.target instanceof Element ? event.target.closest(`[${attribute}]`) : null;
  const id = target?.getAttribute(attribute) ?? '';
  if (id === '' || !view.dom.contains(target) || view.dom.ownerDocument.getSelection()?.isCollapsed === false) return null;
  return id;
}
