/**
 * Submitted advice points in the editor of the main text: each point's passage, anchored on the
 * frozen version, found in the live text by its Yjs relative positions and highlighted (the focused
 * one more strongly); a click on a highlight brings the point forward in the "Advies" tab.
 *
 * As for comment highlights (editor/commentHighlights.ts), passages are recomputed once the call
 * stack has unwound after a change of the fragment, when y-prosemirror's two trees agree; between
 * an edit and that recompute the decorations are mapped through the edit.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type * as Y from 'yjs';
import { rangeOf } from '../comments/commentAnchors.js';
import { clickedHighlight } from '../editor/clickedHighlight.js';
import { bindingMapping } from '../editor/commentHighlights.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { adviceOf, showAdvicePanel, type DocumentAdviceController, type LivePassage } from './documentAdvice.js';
import { livePassageState } from './livePassage.js';

/** Key of the advice highlights plugin. */
export const adviceHighlightsKey = new PluginKey<DecorationSet>('adviceHighlights');

function decorate(doc: PMNode, live: ReadonlyMap<string, LivePassage>, focused: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const [id, { range }] of live) {
    if (range.deleted) continue;
    const classes = id === focused ? 'advice-highlight advice-focused' : 'advice-highlight';
    decorations.push(Decoration.inline(range.from, range.to, { class: classes, 'data-advice-point': id }));
  }
  return DecorationSet.create(doc, decorations);
}

function samePassages(a: ReadonlyMap<string, LivePassage>, b: ReadonlyMap<string, LivePassage>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, passage] of a) {
    const other = b.get(id);
    if (other === undefined || other.state !== passage.state || other.range.from !== passage.range.from || other.range.to !== passage.range.to) return false;
  }
  return true;
}

/** Where the points' passages are in the view's document now; null while y-prosemirror has no mapping. */
function compute(view: EditorView, fragment: Y.XmlFragment, controller: DocumentAdviceController): Map<string, LivePassage> | null {
  const mapping = bindingMapping(view.state);
  if (mapping === null) return null;
  const doc = view.state.doc;
  const live = new Map<string, LivePassage>();
  for (const point of controller.points.get() ?? []) {
    if (point.anchor === null) continue;
    const range = rangeOf(fragment, mapping, doc, point.anchor);
    const state = livePassageState(doc, range, point.quote ?? '');
    if (range !== null && state !== null) live.set(point.id, { range, state });
  }
  return live;
}

/** The plugin, for the document's fragment and its advice points. */
export function adviceHighlights(fragment: Y.XmlFragment, controller: DocumentAdviceController): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: adviceHighlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous) {
        const next: unknown = tr.getMeta(adviceHighlightsKey);
        if (next instanceof DecorationSet) return next;
        return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
      },
    },
    props: {
      decorations: (state) => adviceHighlightsKey.getState(state) ?? DecorationSet.empty,
      handleDOMEvents: {
        click(view, event) {
          const id = clickedHighlight(view, event, 'data-advice-point');
          if (id === null) return false;
          controller.focused.set(id);
          showAdvicePanel();
          return false;
        },
      },
    },
    view(view) {
      let scheduled = false;
      let destroyed = false;
      let drawnFocus: string | null = null;
      const recompute = () => {
        scheduled = false;
        if (destroyed || view.isDestroyed) return;
        const live = compute(view, fragment, controller);
        if (live === null) return;
        const focused = controller.focused.get();
        if (samePassages(controller.live.get(), live) && drawnFocus === focused) return;
        drawnFocus = focused;
        controller.live.set(live);
        view.dispatch(view.state.tr.setMeta(adviceHighlightsKey, decorate(view.state.doc, live, focused)));
      };
      const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(recompute);
      };
      fragment.observeDeep(schedule);
      const unsubscribe = [controller.points.subscribe(schedule), controller.focused.subscribe(schedule)];
      const stopPolling = controller.start();
      schedule();
      return {
        destroy() {
          destroyed = true;
          fragment.unobserveDeep(schedule);
          for (const stop of unsubscribe) stop();
          stopPolling();
        },
      };
    },
  });
}

/** The editor plugins of a document's advice points; the "Advies" tab finds the same controller with `adviceOf`. */
export function advicePlugins(documentId: string): (connection: DocumentConnection) => Plugin[] {
  return (connection) => [adviceHighlights(connection.fragment, adviceOf(connection, documentId))];
}
