/**
 * The floating "Opmerking toevoegen" button under a selection in the editor. Plain DOM, placed with
 * CSSOM (the CSP forbids style attributes but allows CSSOM), its label read from the current
 * language each time it is shown.
 */
import type { EditorView } from 'prosemirror-view';
import { t as translate, type MessageKey } from '../../shared/i18n/strings.js';
import { languageStore } from '../i18n.js';
import { selectedRange } from './commentSelection.js';

/** The button: placed (or hidden) again on every selection change, removed with the view. */
export interface CommentAddButton {
  /** Shows the button under the selection's end, or hides it (no selection, or `hidden`). */
  place(hidden?: boolean): void;
  destroy(): void;
}

/** The button's label and tooltip (the shortcut), as message keys. */
export interface AddButtonLabels {
  add: MessageKey;
  shortcut: MessageKey;
}

const COMMENT_LABELS: AddButtonLabels = { add: 'comments.add', shortcut: 'comments.addShortcut' };

/**
 * The floating button, appended beside the view's DOM (the editor's mount, positioned relative);
 * advice points on a frozen version reuse it with their own labels.
 */
export function commentAddButton(view: EditorView, onClick: () => void, labels: AddButtonLabels = COMMENT_LABELS): CommentAddButton {
  const mount = view.dom.parentElement;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'comment-add-button';
  button.hidden = true;
  // Keep the selection: it is the passage.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', onClick);
  mount?.append(button);
  return {
    place(hidden = false) {
      const range = hidden || view.isDestroyed ? null : selectedRange(view);
      if (range === null || mount === null) {
        button.hidden = true;
        return;
      }
      const language = languageStore.get();
      button.textContent = translate(language, labels.add);
      button.title = translate(language, labels.shortcut);
      const end = view.coordsAtPos(range.to);
      const box = mount.getBoundingClientRect();
      button.hidden = false;
      // CSSOM, not a style attribute: the CSP allows the one and forbids the other.
      button.style.top = `${end.bottom - box.top + 6}px`;
      button.style.left = `${Math.max(4, Math.min(end.left - box.left, mount.clientWidth - button.offsetWidth - 4))}px`;
    },
    destroy() {
      button.remove();
    },
  };
}
