/** The editor's keyboard shortcuts: undo through Yjs, marks, lists, then ProseMirror's base keymap. */
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { redo, undo } from 'y-prosemirror';
import { toggleBold, toggleItalic, types } from './commands.js';

/** Undo through y-prosemirror's UndoManager: it reverts only this user's own changes. */
export const undoCommand: Command = (state) => undo(state);

/** Redo through y-prosemirror's UndoManager. */
export const redoCommand: Command = (state) => redo(state);

const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(types.hardBreak.create()).scrollIntoView());
  return true;
});

/** The editor's key bindings, most specific first. */
export function editorKeymap(): Plugin[] {
  return [
    keymap({
      'Mod-z': undoCommand,
      'Mod-y': redoCommand,
      'Mod-Shift-z': redoCommand,
      'Mod-b': toggleBold,
      'Mod-i': toggleItalic,
      Enter: splitListItem(types.listItem),
      // Tab only acts inside lists; elsewhere it returns false so focus can leave the editor.
      Tab: sinkListItem(types.listItem),
      'Shift-Tab': liftListItem(types.listItem),
      'Shift-Enter': insertHardBreak,
    }),
    keymap(baseKeymap),
  ];
}
