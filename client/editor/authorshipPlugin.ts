/**
 * "Who wrote what" in a main text's editor: while the mode is on, each passage is coloured by the
 * entity that wrote it (the original text stays plain), and the mouse over a passage, or the cursor
 * in it after a click or a move with the keyboard, shows a card with author, entity, time and
 * whether it came by direct editing or by amendment N.
 *
 * The colours come from the server's answer (AuthorshipMode) looked up by each visible struct's
 * Yjs id, so no client can claim someone else's text. Recomputed once the call stack has unwound
 * after every change of the fragment (as trackChangesPlugin.ts does: by then y-prosemirror has
 * written or rendered the change, so both trees agree) and when a new answer arrives; in between
 * the decorations are mapped through the edit. A whole pass (map, look up, settle, decorate, legend)
 * over a 23,000-character text after 400 edits by eight hands (~930 passages) takes about 1.4 ms in
 * Node (tests/unit/client-authorship.test.ts measures it), about 40 ms at 300,000 characters with
 * 10,000 passages; a pass slower than half a frame waits for the next animation frame from then on,
 * so fast typing in a very long text is coalesced.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type * as Y from 'yjs';
import type { DocumentAuthorship } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { t as translate } from '../../shared/i18n/strings.js';
import { buildLegend, legendKeyOf, sameLegend } from '../attribution/authorshipLegend.js';
import type { AuthorshipMode } from '../attribution/authorshipMode.js';
import { settleSegments } from '../attribution/authorshipSettle.js';
import { authorshipSegments, sameSource, type AuthorshipSegment, type PassageSource } from '../attribution/authorshipSegments.js';
import { passageDetails, passageText } from '../attribution/passageDetails.js';
import { languageStore, type Translate } from '../i18n.js';
import { AuthorshipCard, type CardAnchor, type CardOrigin } from './authorshipCard.js';
import { visibleTextPieces } from './authorshipPositions.js';

/** What the plugin keeps: the mode it shows and the decorations drawn now. */
interface AuthorshipState {
  mode: AuthorshipMode;
  decorations: DecorationSet;
}

/** Key of the plugin; its state gives the page the mode (see authorshipModeOf). */
export const authorshipKey = new PluginKey<AuthorshipState>('authorship');

/** What the plugin shows and for whom. */
export interface AuthorshipPluginOptions {
  /** Owned by the plugin from now on: destroyed with the view. */
  mode: AuthorshipMode;
  /** The main text's fragment; its doc's client ID marks what this browser typed. */
  fragment: Y.XmlFragment;
  /** The signed-in user: text typed here and not yet in an answer is shown as theirs. */
  me: Me;
}

/** The decoration spec: what the passage's card tells. */
interface PassageSpec {
  source: PassageSource;
}

/** A pass slower than this waits for the next animation frame from then on. */
const SLOW_PASS_MS = 8;

/** The CSS classes of a segment: the colour of its entity, or plain for original and pending text. */
export function segmentClass(segment: AuthorshipSegment, authorship: DocumentAuthorship, me: Me): string {
  const key = legendKeyOf(segment, authorship, me);
  if (key.kind === 'original') return 'authorship authorship-original';
  if (key.kind === 'pending') return 'authorship authorship-pending';
  return `authorship authorship-entity ${key.colorClass ?? 'entity-unknown'}`;
}

/** The decorations for a set of segments. */
export function authorshipDecorations(doc: PMNode, segments: readonly AuthorshipSegment[], authorship: DocumentAuthorship, me: Me): DecorationSet {
  const decorations = segments.map((segment) =>
    Decoration.inline(
      segment.from,
      segment.to,
      { class: segmentClass(segment, authorship, me) },
      // Typing at the end of a passage extends it until the next pass says whose the letters are.
      { inclusiveEnd: true, source: segment.source } satisfies PassageSpec & { inclusiveEnd: boolean },
    ),
  );
  return DecorationSet.create(doc, decorations);
}

function isPassageSpec(spec: unknown): spec is PassageSpec {
  return spec !== null && typeof spec === 'object' && 'source' in spec;
}

/** The source of the passage at `pos` (the character after it, else the one before), if coloured. */
export function sourceAt(decorations: DecorationSet, pos: number): PassageSource | null {
  const found = decorations.find(Math.max(0, pos - 1), pos + 1);
  const at = found.find((d) => d.from <= pos && pos < d.to) ?? found.find((d) => d.from < pos && pos <= d.to);
  const spec: unknown = at?.spec;
  return isPassageSpec(spec) ? spec.source : null;
}

/** The mode shown by a view's authorship plugin, or null when the view has none. */
export function authorshipModeOf(state: EditorState): AuthorshipMode | null {
  return authorshipKey.getState(state)?.mode ?? null;
}

/** The plugin. */
export function authorshipPlugin(options: AuthorshipPluginOptions): Plugin<AuthorshipState> {
  const { mode, fragment, me } = options;
  return new Plugin<AuthorshipState>({
    key: authorshipKey,
    state: {
      init: () => ({ mode, decorations: DecorationSet.empty }),
      apply(tr, previous) {
        const next: unknown = tr.getMeta(authorshipKey);
        if (next instanceof DecorationSet) return { mode, decorations: next };
        return tr.docChanged ? { mode, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
      },
    },
    props: {
      decorations: (state) => authorshipKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
    view(view) {
      const card = new AuthorshipCard();
      let scheduled = false;
      let slow = false;
      let destroyed = false;

      const decorationsNow = () => authorshipKey.getState(view.state)?.decorations ?? DecorationSet.empty;

      const showCard = (source: PassageSource, anchor: CardAnchor, origin: CardOrigin) => {
        const authorship = mode.authorship.get();
        if (authorship === null) return;
        const details = passageDetails(source, authorship, me);
        const t: Translate = (key, params) => translate(languageStore.get(), key, params);
        card.show(passageText(details, t), details.kind === 'written' ? details.colorClass : null, anchor, origin);
      };

      const recompute = () => {
        scheduled = false;
        if (destroyed || view.isDestroyed) return;
        const authorship = mode.authorship.get();
        if (!mode.enabled.get() || authorship === null) {
          card.hide();
          mode.legend.set([]);
          if (decorationsNow() !== DecorationSet.empty) view.dispatch(view.state.tr.setMeta(authorshipKey, DecorationSet.empty));
          return;
        }
        const started = performance.now();
        const pieces = visibleTextPieces(fragment, view.state.doc);
        // Null: the trees disagree for a moment; the mapped decorations stay until the next change.
        if (pieces === null || fragment.doc === null) return;
        const segments = settleSegments(authorshipSegments(pieces, authorship.runs, fragment.doc.clientID), pieces, view.state.doc);
        const decorations = authorshipDecorations(view.state.doc, segments, authorship, me);
        const legend = buildLegend(segments, authorship, me);
        slow = performance.now() - started > SLOW_PASS_MS;
        if (!sameLegend(legend, mode.legend.get())) mode.legend.set(legend);
        view.dispatch(view.state.tr.setMeta(authorshipKey, decorations));
      };
      const schedule = () => {
        if (scheduled) return;
        scheduled = true;
        if (slow) requestAnimationFrame(recompute);
        else queueMicrotask(recompute);
      };

      const onTextChange = () => {
        mode.textChanged();
        if (mode.enabled.get()) schedule();
      };
      fragment.observeDeep(onTextChange);
      const unsubscribers = [mode.enabled.subscribe(schedule), mode.authorship.subscribe(schedule)];
      schedule();

      const onMouseOver = (event: MouseEvent) => {
        const target = event.target instanceof Element ? event.target.closest('.authorship') : null;
        if (target === null || !view.dom.contains(target)) return card.hide('hover');
        const source = sourceAt(decorationsNow(), view.posAtDOM(target, 0));
        if (source === null) return card.hide('hover');
        const rects = [...target.getClientRects()];
        const line = rects.find((rect) => rect.top <= event.clientY && event.clientY <= rect.bottom) ?? rects[0];
        if (line !== undefined) showCard(source, { left: line.left, bottom: line.bottom }, 'hover');
      };
      const onMouseOut = (event: MouseEvent) => {
        const next = event.relatedTarget instanceof Element ? event.relatedTarget.closest('.authorship') : null;
        if (next === null) card.hide('hover');
      };
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Escape') card.hide();
      };
      const onBlur = () => card.hide('caret');
      // A card at the cursor follows it (the view scrolls to the cursor); one under the mouse goes.
      const onScroll = () => {
        if (card.origin !== 'caret') return card.hide();
        const source = sourceAt(decorationsNow(), view.state.selection.head);
        if (source === null) return card.hide();
        const coords = view.coordsAtPos(view.state.selection.head);
        showCard(source, { left: coords.left, bottom: coords.bottom }, 'caret');
      };
      view.dom.addEventListener('mouseover', onMouseOver);
      view.dom.addEventListener('mouseout', onMouseOut);
      view.dom.addEventListener('keydown', onKeyDown);
      view.dom.addEventListener('focusout', onBlur);
      window.addEventListener('scroll', onScroll, { capture: true, passive: true });

      return {
        update(view, previous) {
          const state = authorshipKey.getState(view.state);
          const before = authorshipKey.getState(previous);
          const moved = !view.state.selection.eq(previous.selection);
          if (!mode.enabled.get() || state === undefined || (!moved && state.decorations === before?.decorations)) return;
          const head = view.state.selection.head;
          const source = sourceAt(state.decorations, head);
          const shown = mode.passage.get();
          if (source === null || shown === null || !sameSource(source, shown)) mode.passage.set(source);
          // Typing hides the card; a click or a move with the keyboard shows it at the cursor.
          if (view.state.doc !== previous.doc) card.hide('caret');
          // A reader's view never has the focus; their clicks move the selection all the same.
          else if (moved && source !== null && (view.hasFocus() || !view.editable)) {
            const coords = view.coordsAtPos(head);
            showCard(source, { left: coords.left, bottom: coords.bottom }, 'caret');
          } else if (moved) card.hide('caret');
        },
        destroy() {
          destroyed = true;
          fragment.unobserveDeep(onTextChange);
          for (const unsubscribe of unsubscribers) unsubscribe();
          view.dom.removeEventListener('mouseover', onMouseOver);
          view.dom.removeEventListener('mouseout', onMouseOut);
          view.dom.removeEventListener('keydown', onKeyDown);
          view.dom.removeEventListener('focusout', onBlur);
          window.removeEventListener('scroll', onScroll, { capture: true });
          card.destroy();
          mode.destroy();
        },
      };
    },
  });
}
