/**
 * The frozen version under advice, read-only: its text in an EditorView that takes the focus and
 * moves a caret (Shift+arrows select) but refuses every change (editor/readOnlyCaret.ts), each
 * anchored point's passage highlighted with its number, and, for the body's advisers while drafting,
 * an "Adviespunt toevoegen" button under a selection (or Ctrl/⌘+Alt+A) that hands the passage to
 * the page. The view is built once per version; it never receives an update, so it cannot move.
 */
import { useEffect, useRef } from 'preact/hooks';
import { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import type { AdvicePoint } from '../../shared/api/advice.js';
import { schema } from '../../shared/schema/schema.js';
import { clickedHighlight } from '../editor/clickedHighlight.js';
import { commentAddButton, type AddButtonOptions } from '../editor/commentAddButton.js';
import { selectedRange } from '../editor/commentSelection.js';
import { readOnlyCaret } from '../editor/readOnlyCaret.js';
import { sectionNumbers } from '../editor/sectionNumbers.js';
import { passageOf, pointRanges, type AdvicePassage, type FrozenText } from './frozenText.js';

/** Props of FrozenVersionText. */
export interface FrozenVersionTextProps {
  text: FrozenText;
  /** The text's accessible name. */
  label: string;
  points: readonly Pick<AdvicePoint, 'id' | 'number' | 'anchor'>[];
  focusedId: string | null;
  /** The passage a point is being written for, marked until it is saved or dropped. */
  draft: AdvicePassage | null;
  /** Called with a selected passage; without it, passages cannot be chosen. */
  onCompose?: ((passage: AdvicePassage) => void) | undefined;
  onFocusPoint: (pointId: string) => void;
}

const ADD_POINT_BUTTON: AddButtonOptions = {
  labels: { add: 'advice.addPoint', shortcut: 'advice.addPointShortcut' },
  shortcutCode: 'KeyA',
};

function decorations(props: FrozenVersionTextProps): DecorationSet {
  const { text, points, focusedId, draft } = props;
  const found: Decoration[] = [];
  const ranges = pointRanges(text, points);
  for (const point of points) {
    const range = ranges.get(point.id);
    if (range === undefined) continue;
    const focused = point.id === focusedId ? ' advice-focused' : '';
    found.push(Decoration.inline(range.from, range.to, { class: `advice-highlight${focused}`, 'data-advice-point': point.id }));
    const marker = () => {
      const element = document.createElement('sup');
      element.className = 'advice-marker';
      element.textContent = String(point.number);
      element.setAttribute('aria-hidden', 'true');
      return element;
    };
    found.push(Decoration.widget(range.to, marker, { side: 1, key: `advice-marker-${point.id}-${point.number}` }));
  }
  if (draft !== null) {
    const range = pointRanges(text, [{ id: '', anchor: draft.anchor }]).get('');
    if (range !== undefined) found.push(Decoration.inline(range.from, range.to, { class: 'advice-highlight advice-draft' }));
  }
  return DecorationSet.create(text.doc, found);
}

/** The text. */
export function FrozenVersionText(props: FrozenVersionTextProps) {
  const mountRef = useRef<HTMLDivElement | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  // The view's handlers read the latest props without being rebuilt.
  const propsRef = useRef(props);
  propsRef.current = props;
  const { text, label, points, focusedId, draft, onCompose } = props;
  const composing = onCompose !== undefined;

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, doc: text.doc, plugins: [readOnlyCaret(), sectionNumbers()] }),
      decorations: () => decorations(propsRef.current),
      attributes: () => ({
        class: 'document-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': 'true',
        'aria-label': propsRef.current.label,
        lang: 'nl',
      }),
      handleDOMEvents: {
        click(view, event) {
          const id = clickedHighlight(view, event, 'data-advice-point');
          if (id === null) return false;
          propsRef.current.onFocusPoint(id);
          return false;
        },
      },
    });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [text]);

  // Redraws the highlights and the accessible name when the points, focus, draft or language change.
  useEffect(() => viewRef.current?.setProps({}), [points, focusedId, draft, label]);
  // A point chosen in the list shows its passage.
  useEffect(() => {
    if (focusedId === null) return;
    const highlight = mountRef.current?.querySelector(`[data-advice-point="${CSS.escape(focusedId)}"]`);
    highlight?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focusedId]);

  useEffect(() => {
    const view = viewRef.current;
    if (view === null || !composing) return;
    const compose = (): boolean => {
      const range = selectedRange(view);
      const passage = range === null ? null : passageOf(text, range.from, range.to);
      if (passage === null) return false;
      propsRef.current.onCompose?.(passage);
      document.getSelection()?.removeAllRanges();
      return true;
    };
    const button = commentAddButton(view, compose, ADD_POINT_BUTTON);
    return () => button.destroy();
  }, [text, composing]);

  return <div ref={mountRef} class="editor-mount version-text advice-version-text" data-testid="advice-version-text" />;
}
