/**
 * Shows each section's number before its title. The number is a node attribute (the seed decides
 * it, not the position), so it is put on the title as `data-number` and CSS prints it; no text is
 * inserted into the document.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** Key of the section numbers plugin. */
export const sectionNumbersKey = new PluginKey<DecorationSet>('sectionNumbers');

function numberDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((section, offset) => {
    const title = section.firstChild;
    const number = section.attrs.number as number;
    if (section.type.name !== 'section' || title === null || number <= 0) return;
    // The title starts one position inside the section.
    decorations.push(
      Decoration.node(offset + 1, offset + 1 + title.nodeSize, { 'data-number': String(number) }),
    );
  });
  return DecorationSet.create(doc, decorations);
}

/** The plugin that numbers section titles. */
export function sectionNumbers(): Plugin {
  return new Plugin({
    key: sectionNumbersKey,
    state: {
      init: (_config, state) => numberDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? numberDecorations(tr.doc) : previous),
    },
    props: {
      decorations: (state) => sectionNumbersKey.getState(state),
    },
  });
}
