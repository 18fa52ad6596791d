/**
 * Keeps the document's sections intact: amendments, comments and links refer to section ids, so a
 * local edit may change what is inside a section but never remove, add or duplicate one. Changes
 * from y-prosemirror's sync (remote edits, undo) always pass: refusing them would fork this view
 * from the shared document.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { sectionOutline } from '../../shared/schema/schema.js';

/** Key of the section guard plugin. */
export const sectionGuardKey = new PluginKey('sectionGuard');

/** True when both documents have the same sections, by id, in the same order. */
export function sameSections(before: PMNode, after: PMNode): boolean {
  const a = sectionOutline(before);
  const b = sectionOutline(after);
  return a.length === b.length && a.every((section, index) => section.id === b[index]?.id);
}

/** The guard; `onRefused` lets the page tell the user why their edit did nothing. */
export function sectionGuard(onRefused: () => void = () => {}): Plugin {
  return new Plugin({
    key: sectionGuardKey,
    filterTransaction(tr, state) {
      if (!tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined) return true;
      if (sameSections(state.doc, tr.doc)) return true;
      onRefused();
      return false;
    },
  });
}
