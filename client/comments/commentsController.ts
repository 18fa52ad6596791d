/**
 * The comments of one open room, shared by the editor's highlights and the comments panel: the
 * threads (polled every few seconds while the page is visible, and replaced at once by the answer
 * to one's own action), the thread in focus, the passage being commented on, and the threads whose
 * passage this browser's text has lost. One per connection, so both sides find the same one.
 */
import type { CommentAnchor, CommentThread } from '../../shared/api/comments.js';
import { handleUnauthenticated } from '../auth.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { createStore, type Store } from '../store.js';
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
  /** Polls while the page is visible; returns the function that stops it. */
  start(): () => void;
}

/** The side panel tab's id (SidePanel gives its button the id `side-tab-<id>`). */
export const COMMENTS_TAB_ID = 'comments';

/**
 * Brings the comments tab forward, e.g. after a click on a highlight. SidePanel keeps its selected
 * tab to itself, so this clicks the tab's button as the user would.
 */
export function showCommentsPanel(): void {
  const tab = document.getElementById(`side-tab-${COMMENTS_TAB_ID}`);
  if (tab instanceof HTMLButtonElement && tab.getAttribute('aria-selected') !== 'true') tab.click();
}

const controllers = new WeakMap<DocumentConnection, CommentsController>();

/** The controller of a connection's room, made on first use. */
export function commentsOf(connection: DocumentConnection, room: string): CommentsController {
  let controller = controllers.get(connection);
  if (controller === undefined || controller.room !== room) {
    controller = createCommentsController(room);
    controllers.set(connection, controller);
  }
  return controller;
}

/** A controller for `room`, loading with `load` (the API by default; tests pass their own). */
export function createCommentsController(
  room: string,
  load: (room: string) => Promise<readonly CommentThread[]> = async (name) => (await fetchThreads(name)).threads,
  intervalMs = LIVE_REFRESH_MS,
): CommentsController {
  const threads = createStore<readonly CommentThread[] | null>(null);
  const error = createStore<Error | null>(null);
  // Answers to requests overtaken by a newer one (or by an action's answer) are dropped.
  let generation = 0;

  const refresh = async () => {
    const current = ++generation;
    try {
      const loaded = await load(room);
      if (current !== generation) return;
      threads.set(loaded);
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

  return {
    room,
    threads,
    error,
    focused: createStore<string | null>(null),
    draft: createStore<CommentDraft | null>(null),
    locallyDeleted: createStore<ReadonlySet<string>>(new Set()),
    refresh,
    put(thread) {
      generation++;
      threads.set(withThread(threads.get() ?? [], thread));
      void refresh();
    },
    start() {
      const visible = () => document.visibilityState === 'visible';
      void refresh();
      const timer = setInterval(() => {
        if (visible()) void refresh();
      }, intervalMs);
      const onVisible = () => {
        if (visible()) void refresh();
      };
      document.addEventListener('visibilitychange', onVisible);
      return () => {
        clearInterval(timer);
        document.removeEventListener('visibilitychange', onVisible);
        generation++;
      };
    },
  };
}
