/**
 * A read-only text a keyboard can read and select in: the view stays contenteditable, so it takes
 * the focus (Tab), shows a caret that the arrow keys move and Shift+arrows extend, as a browser
 * offers only in editable content. Nothing may change it: every edit the browser is about to make
 * (typing, Enter, Backspace, undo, paste, drop, cut) is cancelled at its `beforeinput`, paste and
 * drop are swallowed before ProseMirror turns them into a step, and any transaction that would still
 * change the document (a cut's deletion, an IME composition, which `beforeinput` cannot cancel) is
 * refused, after which ProseMirror redraws the part of the DOM the browser touched from the state.
 */
import { Plugin } from 'prosemirror-state';

/** The plugin; give the view's element `aria-readonly="true"` and a label beside it. */
export function readOnlyCaret(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleDOMEvents: {
        beforeinput(_view, event) {
          event.preventDefault();
          return true;
        },
      },
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      attributes: { spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' },
    },
  });
}
