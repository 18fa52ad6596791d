/**
 * Builds the ProseMirror view bound to a room's Yjs fragment: sync, remote cursors, undo of one's
 * own edits, the section guard and numbering, the page's own plugins, and the keymap.
 */
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { initProseMirrorDoc, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { schema } from '../../shared/schema/schema.js';
import { cursorBuilder, selectionBuilder } from './cursors.js';
import { editorKeymap } from './keymap.js';
import { sectionGuard } from './sectionGuard.js';
import { sectionNumbers } from './sectionNumbers.js';

/** What the editor needs from the page. */
export interface EditorOptions {
  /** Element the editor is mounted into. */
  mount: HTMLElement;
  /** The document's `prosemirror` XML fragment. */
  fragment: Y.XmlFragment;
  /** Presence of the connection, for remote cursors. */
  awareness: Awareness;
  /** Asked on every update, so a ReadOnly message from the server takes effect at once. */
  isEditable: () => boolean;
  /** Accessible name of the text area (re-read on every update so it follows the language). */
  label: () => string;
  /** Called after every transaction with the new state. */
  onStateChange: (state: EditorState) => void;
  /** Called when the section guard refused an edit. */
  onSectionGuardRefused: () => void;
  /** Plugins of the page on top of the common ones (e.g. track changes on an amendment). */
  extraPlugins?: readonly Plugin[];
}

/** The plugins of the editor, in the order y-prosemirror expects (sync before cursor and undo). */
function plugins(options: EditorOptions, mapping: ReturnType<typeof initProseMirrorDoc>['mapping']): Plugin[] {
  return [
    ySyncPlugin(options.fragment, { mapping }),
    yCursorPlugin(options.awareness, { cursorBuilder, selectionBuilder }),
    yUndoPlugin(),
    sectionGuard(options.onSectionGuardRefused),
    sectionNumbers(),
    ...(options.extraPlugins ?? []),
    ...editorKeymap(),
  ];
}

/** Creates the editor view; the caller destroys it before the Yjs document and provider. */
export function createEditor(options: EditorOptions): EditorView {
  // Start from what the fragment already holds (e.g. from IndexedDB), so the first paint is the text.
  const { doc, mapping } = initProseMirrorDoc(options.fragment, schema);
  const view: EditorView = new EditorView(options.mount, {
    state: EditorState.create({ schema, doc, plugins: plugins(options, mapping) }),
    editable: () => options.isEditable(),
    attributes: () => ({
      id: 'document-text',
      class: 'document-text',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': options.label(),
      'aria-readonly': String(!options.isEditable()),
      // The texts are Dutch whatever the interface language; spell checking should know that.
      lang: 'nl',
      spellcheck: 'true',
    }),
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      options.onStateChange(view.state);
    },
  });
  options.onStateChange(view.state);
  return view;
}

/** Re-reads the view's props, e.g. after the connection turned read-only or the language changed. */
export function refreshEditor(view: EditorView): void {
  if (!view.isDestroyed) view.setProps({});
}
