/**
 * The floating "Opmerking toevoegen" button under a selection in the editor, and its keyboard
 * shortcut (Ctrl/⌘+Alt+a key). Plain DOM, placed with CSSOM (the CSP forbids style attributes but
 * allows CSSOM), its label read from the current language each time it is shown. Advice points on
 * a frozen version use the same button with their own labels and key.
 */
import type { EditorView } from 'prosemirror-view';
import { t as translate, type MessageKey } from '../../shared/i18n/strings.js';
import { languageStore } from '../i18n.js';
import { selectedRange } from './commentSelection.js';

/** The button: placed again after every selection change, removed with the view. */
export interface CommentAddButton {
  /** Places (or hides) the button on the next frame, e.g. after what `hidden` reads changed. */
  placeSoon(): void;
  destroy(): void;
}

/** The button's label and tooltip (the shortcut), as message keys. */
export interface AddButtonLabels {
  add: MessageKey;
  shortcut: MessageKey;
}

/** What the button says, the shortcut's key, and when it stays hidden even under a selection. */
export interface AddButtonOptions {
  labels: AddButtonLabels;
  /** `KeyboardEvent.code` of the key that, with Ctrl/⌘+Alt, does what the button does. */
  shortcutCode: string;
  /** E.g. while a passage is already being commented on; never by default. */
  hidden?: () => boolean;
}

/** The comment button's labels and Ctrl/⌘+Alt+M. */
export const COMMENT_BUTTON: AddButtonOptions = {
  labels: { add: 'comments.add', shortcut: 'comments.addShortcut' },
  shortcutCode: 'KeyM',
};

/**
 * The floating button, appended beside the view's DOM (the editor's mount, positioned relative).
 * `compose` starts a comment or point on the selected passage and says whether there was one.
 */
export function commentAddButton(view: EditorView, compose: () => boolean, options: AddButtonOptions): CommentAddButton {
  const { labels, shortcutCode, hidden = () => false } = options;
  const mount = view.dom.parentElement;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'comment-add-button';
  button.hidden = true;
  // Keep the selection: it is the passage.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => compose());
  mount?.append(button);

  let destroyed = false;
  const place = () => {
    const range = hidden() || view.isDestroyed ? null : selectedRange(view);
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
  };
  // Selection changes come in bursts (a drag, Shift+arrows held down): one placing per frame.
  let placing = false;
  const placeSoon = () => {
    if (placing) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      if (!destroyed) place();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== shortcutCode) return;
    if (compose()) event.preventDefault();
  };
  document.addEventListener('selectionchange', placeSoon);
  document.addEventListener('keydown', onKeyDown);

  return {
    placeSoon,
    destroy() {
      destroyed = true;
      document.removeEventListener('selectionchange', placeSoon);
      document.removeEventListener('keydown', onKeyDown);
      button.remove();
    },
  };
}
