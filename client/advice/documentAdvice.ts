/**
 * The submitted advice points on one open document, shared by the editor's advice highlights and
 * the "Advies" tab: the points (polled while the page is visible), the point in focus, and where
 * each passage is in this browser's live text. One per connection, so both sides find the same one.
 */
import type { DocumentAdvicePoints, PassageState } from '../../shared/api/advice.js';
import { handleUnauthenticated } from '../auth.js';
import type { PassageRange } from '../comments/commentAnchors.js';
import { createLiveList, perConnection } from '../liveList.js';
import { showSidePanelTab } from '../sidePanelTab.js';
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
  /** Polls while the page is visible, once for all who started it (client/liveList.ts); returns the function that stops it. */
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
  showSidePanelTab(ADVICE_TAB_ID);
}

/** The controller of a connection's document, made on first use. */
export const adviceOf: (connection: DocumentConnection, documentId: string) => DocumentAdviceController = perConnection((documentId) =>
  createDocumentAdviceController(documentId),
);

/** A controller for `documentId`, loading with `load` (the API by default). */
export function createDocumentAdviceController(
  documentId: string,
  load: (documentId: string) => Promise<readonly DocumentAdvicePoint[]> = async (id) => (await fetchDocumentAdvicePoints(id)).points,
  intervalMs = LIVE_REFRESH_MS,
): DocumentAdviceController {
  const list = createLiveList(() => load(documentId), { intervalMs, triage: handleUnauthenticated });
  return {
    documentId,
    points: list.items,
    error: list.error,
    focused: createStore<string | null>(null),
    live: createStore<ReadonlyMap<string, LivePassage>>(new Map()),
    refresh: list.refresh,
    start: list.start,
  };
}
