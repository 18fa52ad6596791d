/** What the panels around the editor show about its state, computed once per transaction. */
import type { EditorState } from 'prosemirror-state';
import { sectionOutline, type SectionOutline } from '../../shared/schema/schema.js';
import { activeFormats, type ActiveFormats } from './commands.js';

/** The outline, the section holding the cursor, and the formatting at the cursor. */
export interface EditorSummary {
  sections: SectionOutline[];
  activeSectionId: string | null;
  formats: ActiveFormats;
}

/** Summarises an editor state. */
export function summarizeEditor(state: EditorState): EditorSummary {
  const { $head } = state.selection;
  const section = $head.depth >= 1 ? $head.node(1) : null;
  return {
    sections: sectionOutline(state.doc),
    activeSectionId: section?.type.name === 'section' ? (section.attrs.id as string) : null,
    formats: activeFormats(state),
  };
}

/** True when two summaries show the same thing, so typing inside a paragraph does not re-render the panels. */
export function sameSummary(a: EditorSummary, b: EditorSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The summary of an editor that has not started yet. */
export const EMPTY_SUMMARY: EditorSummary = {
  sections: [],
  activeSectionId: null,
  formats: { bold: false, italic: false, bulletList: false, orderedList: false, heading: false },
};
