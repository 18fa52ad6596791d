/** Moves the cursor into a section and scrolls it into view, for the outline's links. */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Puts the cursor at the start of the section's text (or the end of its title when it has none). */
export function focusSection(view: EditorView, sectionId: string): boolean {
  const { doc } = view.state;
  let sectionPos = -1;
  doc.forEach((node, offset) => {
    if (sectionPos < 0 && node.type.name === 'section' && node.attrs.id === sectionId) sectionPos = offset;
  });
  const section = sectionPos < 0 ? null : doc.nodeAt(sectionPos);
  const title = section?.firstChild;
  if (section == null || title == null) return false;
  const sectionEnd = sectionPos + section.nodeSize;
  const titleEnd = sectionPos + title.nodeSize; // inside the title, at its end
  const bodyStart = sectionPos + 1 + title.nodeSize;
  const candidate = TextSelection.near(doc.resolve(Math.min(bodyStart, doc.content.size)), 1);
  const selection =
    candidate.from > bodyStart && candidate.to < sectionEnd ? candidate : TextSelection.create(doc, titleEnd);
  view.dispatch(view.state.tr.setSelection(selection));
  view.focus();
  const element = view.nodeDOM(sectionPos);
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'start' });
  return true;
}
