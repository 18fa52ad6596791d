/**
 * The submitted advice points on one open document, shared by the editor's advice highlights and
 * the "Advies" tab: the points (polled while the page is visible), the point in focus, and where
 * each passage is in this browser's live text. One per connection, so both sides find the same one.
 */
import type { DocumentAdvicePoints, PassageState } from '../../shared/api/advice.js';
import { handleUnauthenticated } from '../auth.js';
import type { PassageRange } from '../comments/commentAnchors.js';
import { createStore, type Store } from '../store.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { LIVE_REFRESH_MS } from '../useLiveQuery.js';
import { fetchDocumentAdvicePoints } from './adviceApi.js';

/** One submitted point as the document's list gives it. */
export type DocumentAdvicePoint = DocumentAdvicePoints['points'][number];

/** The advice points of one document. */
export interface DocumentAdviceController {
  documentId: string;
  /** Null until the first answer. */
  points: Store<readonly DocumentAdvicePoint[] | null>;
  error: Store<Error | null>;
  focused: Store<string | null>;
  /** Where each anchored point's passage is in the live text, and how it fares (kept by the editor's highlights). */
  live: Store<ReadonlyMap<string, LivePassage>>;
  refresh(): Promise<void>;
  /** Polls while the page is visible; returns the function that stops it. */
  start(): () => void;
}

/** A passage found in the live text. */
export interface LivePassage {
  range: PassageRange;
  state: PassageState;
}

/** The side panel tab's id (SidePanel gives its button the id `side-tab-<id>`). */
export const ADVICE_TAB_ID = 'advice';

/** Brings the advice tab forward (after a click on a highlight), as a click on its tab would. */
export function showAdvicePanel(): void {
  const tab = document.getElementById(`side-tab-${ADVICE_TAB_ID}`);
  if (tab instanceof HTMLButtonElement && tab.getAttribute('aria-selected') !== 'true') tab.click();
}

const controllers = new WeakMap<DocumentConnection, DocumentAdviceController>();

/** The controller of a connection's document, made on first use. */
export function adviceOf(connection: DocumentConnection, documentId: string): DocumentAdviceController {
  let controller = controllers.get(connection);
  if (controller === undefined || controller.documentId !== documentId) {
    controller = createDocumentAdviceController(documentId);
    controllers.set(connection, controller);
  }
  return controller;
}

/** A controller for `documentId`, loading with `load` (the API by default). */
export function createDocumentAdviceController(
  documentId: string,
  load: (documentId: string) => Promise<readonly DocumentAdvicePoint[]> = async (id) => (await fetchDocumentAdvicePoints(id)).points,
  intervalMs = LIVE_REFRESH_MS,
): DocumentAdviceController {
  const points = createStore<readonly DocumentAdvicePoint[] | null>(null);
  const error = createStore<Error | null>(null);
  let generation = 0;

  const refresh = async () => {
    const current = ++generation;
    try {
      const loaded = await load(documentId);
      if (current !== generation) return;
      points.set(loaded);
      error.set(null);
    } catch (failure) {
      if (current !== generation) return;
      try {
        handleUnauthenticated(failure);
      } catch {
        error.set(failure instanceof Error ? failure : new Error(String(failure)));
      }
    }
  };

  let users = 0;
  let stop: (() => void) | null = null;
  const start = () => {
    users++;
    if (stop === null) {
      void refresh();
      const visible = () => document.visibilityState === 'visible';
      const onVisible = () => {
        if (visible()) void refresh();
      };
      const timer = setInterval(onVisible, intervalMs);
      document.addEventListener('visibilitychange', onVisible);
      stop = () => {
        clearInterval(timer);
        document.removeEventListener('visibilitychange', onVisible);
      };
    }
    return () => {
      users--;
      if (users === 0 && stop !== null) {
        stop();
        stop = null;
        generation++;
      }
    };
  };

  return {
    documentId,
    points,
    error,
    focused: createStore<string | null>(null),
    live: createStore<ReadonlyMap<string, LivePassage>>(new Map()),
    refresh,
    start,
  };
}
