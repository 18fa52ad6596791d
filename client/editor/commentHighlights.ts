/**
 * Comments in the editor: the passages of open threads highlighted (the focused one, and the passage
 * being commented on, marked more strongly), a click on a highlight focusing its thread, and an
 * "Opmerking toevoegen" button (or Ctrl/⌘+Alt+M) beside a selection.
 *
 * Passages are recomputed from their Yjs relative positions after every change of the fragment,
 * once the call stack has unwound (as trackChangesPlugin.ts does): by then y-prosemirror has
 * written a local edit to Yjs, or rendered a remote one, so the two trees agree. In between, the
 * last ranges are mapped through the edit, text typed at either end kept outside; the recompute
 * then says where the relative positions really are.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import type { CommentThread } from '../../shared/api/comments.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { anchorOf, passageRange, rangeOf, type PassageRange, type ProseMirrorMapping } from '../comments/commentAnchors.js';
import { commentsOf, showCommentsPanel, type CommentsController } from '../comments/commentsController.js';
import { openingComment, sameIds } from '../comments/threadState.js';
import { clickedHighlight } from './clickedHighlight.js';
import { COMMENT_BUTTON, commentAddButton } from './commentAddButton.js';
import { selectedRange } from './commentSelection.js';
import { entityClass } from './cursors.js';

/** What the plugin keeps: where each passage is, and what is drawn. */
export interface CommentHighlightState {
  /** By thread id; the passage being commented on under DRAFT_ID. */
  ranges: ReadonlyMap<string, PassageRange>;
  /** Ids drawn: open threads, the focused one, the draft. */
  drawn: ReadonlySet<string>;
  focused: string | null;
  /** The colour class of each thread (its opener's entity). */
  colours: ReadonlyMap<string, string>;
  decorations: DecorationSet;
}

/** Key of the comment highlights plugin. */
export const commentHighlightsKey = new PluginKey<CommentHighlightState>('commentHighlights');

/** The passage being commented on, before it is a thread. */
const DRAFT_ID = '';

const EMPTY: CommentHighlightState = { ranges: new Map(), drawn: new Set(), focused: null, colours: new Map(), decorations: DecorationSet.empty };

function decorate(doc: PMNode, state: Omit<CommentHighlightState, 'decorations'>): DecorationSet {
  const decorations: Decoration[] = [];
  for (const [id, range] of state.ranges) {
    if (!state.drawn.has(id) || range.deleted) continue;
    const classes = ['comment-highlight', state.colours.get(id) ?? entityClass(null)];
    if (id === DRAFT_ID) classes.push('comment-draft');
    if (id === state.focused) classes.push('comment-focused');
    decorations.push(Decoration.inline(range.from, range.to, { class: classes.join(' '), 'data-comment-thread': id }));
  }
  return DecorationSet.create(doc, decorations);
}

function isHighlightState(value: unknown): value is CommentHighlightState {
  return typeof value === 'object' && value !== null && 'decorations' in value && value.decorations instanceof DecorationSet;
}

function sameRanges(a: ReadonlyMap<string, PassageRange>, b: ReadonlyMap<string, PassageRange>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, range] of a) {
    const other = b.get(id);
    if (other === undefined || other.from !== range.from || other.to !== range.to || other.deleted !== range.deleted) return false;
  }
  return true;
}

/** y-prosemirror's current Yjs → ProseMirror map, from its plugin's state (advice highlights read it too). */
export function bindingMapping(state: EditorState): ProseMirrorMapping | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null || !('binding' in sync)) return null;
  const binding: unknown = sync.binding;
  if (typeof binding !== 'object' || binding === null || !('mapping' in binding)) return null;
  return binding.mapping instanceof Map ? binding.mapping : null;
}

/** What to draw for these threads, their passages found in the view's current document. */
function compute(view: EditorView, fragment: Y.XmlFragment, controller: CommentsController): Omit<CommentHighlightState, 'decorations'> | null {
  const mapping = bindingMapping(view.state);
  if (mapping === null) return null;
  const doc = view.state.doc;
  const threads: readonly CommentThread[] = controller.threads.get() ?? [];
  const focused = controller.focused.get();
  const ranges = new Map<string, PassageRange>();
  const drawn = new Set<string>();
  const colours = new Map<string, string>();
  for (const thread of threads) {
    const range = rangeOf(fragment, mapping, doc, thread.anchor);
    if (range === null) continue;
    ranges.set(thread.id, range);
    colours.set(thread.id, entityClass(openingComment(thread)?.entityId));
    if (!thread.resolved || thread.id === focused) drawn.add(thread.id);
  }
  const draft = controller.draft.get();
  const draftRange = draft === null ? null : rangeOf(fragment, mapping, doc, draft.anchor);
  if (draftRange !== null) {
    ranges.set(DRAFT_ID, draftRange);
    drawn.add(DRAFT_ID);
  }
  return { ranges, drawn, focused, colours };
}

/** Starts a comment on the selected passage (the panel shows the comment box); false when nothing is selected. */
export function composeComment(view: EditorView, fragment: Y.XmlFragment, controller: CommentsController): boolean {
  const range = selectedRange(view);
  const mapping = bindingMapping(view.state);
  if (range === null || mapping === null) return false;
  const quote = view.state.doc.textBetween(range.from, range.to, '\n', '\n').trim();
  controller.draft.set({ anchor: anchorOf(fragment, mapping, range.from, range.to), quote });
  showCommentsPanel();
  return true;
}

/** Scrolls the editor to a thread's passage, if this text still holds it. */
export function revealPassage(view: EditorView, threadId: string): void {
  const range = commentHighlightsKey.getState(view.state)?.ranges.get(threadId);
  if (range === undefined || range.deleted || view.isDestroyed) return;
  const { node } = view.domAtPos(range.from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** The plugin, for a room's fragment and its comments. */
export function commentHighlights(fragment: Y.XmlFragment, controller: CommentsController): Plugin<CommentHighlightState> {
  return new Plugin<CommentHighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => EMPTY,
      apply(tr, previous) {
        const next: unknown = tr.getMeta(commentHighlightsKey);
        if (isHighlightState(next)) return next;
        if (!tr.docChanged) return previous;
        const ranges = new Map<string, PassageRange>();
        for (const [id, range] of previous.ranges) {
          ranges.set(id, passageRange(tr.doc, tr.mapping.map(range.from, 1), tr.mapping.map(range.to, -1)));
        }
        const mapped = { ...previous, ranges };
        return { ...mapped, decorations: decorate(tr.doc, mapped) };
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleDOMEvents: {
        click(view, event) {
          // The draft's highlight carries DRAFT_ID (''), which names no thread.
          const id = clickedHighlight(view, event, 'data-comment-thread');
          if (id === null) return false;
          controller.focused.set(id);
          showCommentsPanel();
          return false;
        },
      },
    },
    view(view) {
      let scheduled = false;
      let destroyed = false;
      const button = commentAddButton(view, () => composeComment(view, fragment, controller), {
        ...COMMENT_BUTTON,
        // The box under a chosen passage is open: no second button.
        hidden: () => controller.draft.get() !== null,
      });
      const recompute = () => {
        scheduled = false;
        if (destroyed || view.isDestroyed) return;
        const next = compute(view, fragment, controller);
        if (next === null) return;
        const current = commentHighlightsKey.getState(view.state) ?? EMPTY;
        const unchanged =
          sameRanges(current.ranges, next.ranges) && sameIds(current.drawn, next.drawn) && current.focused === next.focused &&
          [...next.colours].every(([id, colour]) => current.colours.get(id) === colour);
        if (unchanged) return;
        view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { ...next, decorations: decorate(view.state.doc, next) }));
      };
      const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(recompute);
      };
      fragment.observeDeep(schedule);
      const unsubscribe = [controller.threads, controller.focused, controller.draft].map((store) =>
        store.subscribe(() => {
          schedule();
          button.placeSoon();
        }),
      );
      const stopPolling = controller.start();
      schedule();
      return {
        update(_view, previous) {
          const state = commentHighlightsKey.getState(view.state) ?? EMPTY;
          if (state !== commentHighlightsKey.getState(previous)) {
            const gone = new Set([...state.ranges].filter(([id, range]) => id !== DRAFT_ID && range.deleted).map(([id]) => id));
            if (!sameIds(gone, controller.locallyDeleted.get())) controller.locallyDeleted.set(gone);
          }
          button.placeSoon();
        },
        destroy() {
          destroyed = true;
          fragment.unobserveDeep(schedule);
          for (const stop of unsubscribe) stop();
          stopPolling();
          button.destroy();
        },
      };
    },
  });
}

/** A page's plugins for the comments of `room`; the comments panel finds the same controller with `commentsOf`. */
export function commentPlugins(room: string): (connection: DocumentConnection) => Plugin[] {
  return (connection) => [commentHighlights(connection.fragment, commentsOf(connection, room))];
}
