/**
 * The comments of one open room, shared by the editor's highlights and the comments panel: the
 * threads (polled every few seconds while the page is visible, and replaced at once by the answer
 * to one's own action), the thread in focus, the passage being commented on, and the threads whose
 * passage this browser's text has lost. One per connection, so both sides find the same one.
 */
import type { CommentAnchor, CommentThread } from '../../shared/api/comments.js';
import { handleUnauthenticated } from '../auth.js';
import { createLiveList, perConnection } from '../liveList.js';
import { showSidePanelTab } from '../sidePanelTab.js';
import { createStore, type Store } from '../store.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { LIVE_REFRESH_MS } from '../useLiveQuery.js';
import { fetchThreads } from './commentApi.js';
import { withThread } from './threadState.js';

/** A passage chosen for a new thread, waiting for its first comment. */
export interface CommentDraft {
  anchor: CommentAnchor;
  /** The passage's text, shown above the comment box. */
  quote: string;
}

/** The comments of one room. */
export interface CommentsController {
  room: string;
  /** Null until the first answer. */
  threads: Store<readonly CommentThread[] | null>;
  /** The last refresh's error, cleared by the next success. */
  error: Store<Error | null>;
  /** The thread whose passage and card are marked. */
  focused: Store<string | null>;
  draft: Store<CommentDraft | null>;
  /** Threads whose passage the local text no longer holds (the editor's highlights keep this). */
  locallyDeleted: Store<ReadonlySet<string>>;
  /** Loads the threads again now. */
  refresh(): Promise<void>;
  /** Puts an action's answer in the list at once (and refreshes, for what others did meanwhile). */
  put(thread: CommentThread): void;
  /** Polls while the page is visible (client/liveList.ts); returns the function that stops it. */
  start(): () => void;
}

/** The side panel tab's id (SidePanel gives its button the id `side-tab-<id>`). */
export const COMMENTS_TAB_ID = 'comments';

/** Brings the comments tab forward, e.g. after a click on a highlight. */
export function showCommentsPanel(): void {
  showSidePanelTab(COMMENTS_TAB_ID);
}

/** The controller of a connection's room, made on first use. */
export const commentsOf: (connection: DocumentConnection, room: string) => CommentsController = perConnection((room) => createCommentsController(room));

/** A controller for `room`, loading with `load` (the API by default; tests pass their own). */
export function createCommentsController(
  room: string,
  load: (room: string) => Promise<readonly CommentThread[]> = async (name) => (await fetchThreads(name)).threads,
  intervalMs = LIVE_REFRESH_MS,
): CommentsController {
  const list = createLiveList(() => load(room), { intervalMs, triage: handleUnauthenticated });
  return {
    room,
    threads: list.items,
    error: list.error,
    focused: createStore<string | null>(null),
    draft: createStore<CommentDraft | null>(null),
    locallyDeleted: createStore<ReadonlySet<string>>(new Set()),
    refresh: list.refresh,
    put: (thread) => list.replace((threads) => withThread(threads, thread)),
    start: list.start,
  };
}
