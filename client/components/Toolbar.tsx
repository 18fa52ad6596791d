/** The formatting toolbar above the text; its buttons run the same commands as the shortcuts. */
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { MessageKey } from '../../shared/i18n/strings.js';
import {
  toggleBold,
  toggleBulletList,
  toggleHeading,
  toggleItalic,
  toggleOrderedList,
  type ActiveFormats,
} from '../editor/commands.js';
import { redoCommand, undoCommand } from '../editor/keymap.js';
import { useT } from '../i18n.js';

interface ToolbarButton {
  label: MessageKey;
  command: Command;
  /** Which entry of ActiveFormats makes the button pressed; undefined for actions like undo. */
  pressed?: keyof ActiveFormats;
  shortcut?: string;
  /** A symbol shown instead of the label (which stays the accessible name). */
  icon?: string;
}

const FORMAT_BUTTONS: readonly ToolbarButton[] = [
  { label: 'editor.bold', command: toggleBold, pressed: 'bold', shortcut: 'Ctrl+B' },
  { label: 'editor.italic', command: toggleItalic, pressed: 'italic', shortcut: 'Ctrl+I' },
  { label: 'editor.bulletList', command: toggleBulletList, pressed: 'bulletList' },
  { label: 'editor.orderedList', command: toggleOrderedList, pressed: 'orderedList' },
  { label: 'editor.heading', command: toggleHeading, pressed: 'heading' },
];

const HISTORY_BUTTONS: readonly ToolbarButton[] = [
  { label: 'editor.undo', command: undoCommand, shortcut: 'Ctrl+Z', icon: '↶' },
  { label: 'editor.redo', command: redoCommand, shortcut: 'Ctrl+Y', icon: '↷' },
];

/** Props of Toolbar. */
export interface ToolbarProps {
  view: EditorView | null;
  formats: ActiveFormats;
  disabled: boolean;
}

/** The toolbar. */
export function Toolbar({ view, formats, disabled }: ToolbarProps) {
  const t = useT();
  const renderButton = (button: ToolbarButton) => (
    <button
      key={button.label}
      type="button"
      disabled={disabled || view === null}
      aria-pressed={button.pressed === undefined ? undefined : formats[button.pressed]}
      aria-label={button.icon === undefined ? undefined : t(button.label)}
      class={button.icon === undefined ? undefined : 'toolbar-icon'}
      aria-keyshortcuts={button.shortcut?.replace('Ctrl', 'Control')}
      title={button.shortcut === undefined ? t(button.label) : `${t(button.label)} (${button.shortcut})`}
      // Keep the editor's selection: a button that takes focus would lose what it should format.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (view === null) return;
        button.command(view.state, view.dispatch, view);
        view.focus();
      }}
    >
      {button.icon ?? t(button.label)}
    </button>
  );
  return (
    <div class="toolbar" role="toolbar" aria-label={t('editor.toolbar')} aria-controls="document-text">
      <div class="toolbar-group">{FORMAT_BUTTONS.map(renderButton)}</div>
      <div class="toolbar-group">{HISTORY_BUTTONS.map(renderButton)}</div>
    </div>
  );
}
