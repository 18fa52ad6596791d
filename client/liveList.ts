/**
 * A list from the API kept fresh outside components, for what an editor plugin and a side panel
 * share (a room's comment threads, a document's advice points): loaded when the first user starts
 * it, again every few seconds while the page is visible and when it becomes visible again, replaced
 * at once by the answer to one's own action. Answers overtaken by a newer request or by such a
 * replacement are dropped, so an older list never hides a newer one.
 */
import { createStore, type Store } from './store.js';

/** The list and how to keep it fresh. */
export interface LiveList<T> {
  /** Null until the first answer. */
  items: Store<readonly T[] | null>;
  /** The last refresh's error, cleared by the next success. */
  error: Store<Error | null>;
  /** Loads the list again now. */
  refresh(): Promise<void>;
  /** Puts an action's answer in the list at once, then refreshes for what others did meanwhile. */
  replace(change: (current: readonly T[]) => readonly T[]): void;
  /** Polls while the page is visible until every user who started it has stopped; returns the stop. */
  start(): () => void;
}

/** Whether the page is visible, and word when that changes (the browser's document by default). */
export interface PageVisibility {
  visible(): boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

const documentVisibility: PageVisibility = {
  visible: () => document.visibilityState === 'visible',
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/** How often and when a live list loads, and what becomes of a failure. */
export interface LiveListOptions {
  intervalMs: number;
  /**
   * Sees every failure first and throws back those the list should show; the controllers pass
   * auth.ts's handleUnauthenticated, which deals with a 401 itself (the session ended).
   */
  triage?: (failure: unknown) => void;
  page?: PageVisibility;
}

const showEveryFailure = (failure: unknown) => {
  throw failure;
};

/** A live list loaded with `load`. */
export function createLiveList<T>(load: () => Promise<readonly T[]>, options: LiveListOptions): LiveList<T> {
  const { intervalMs, triage = showEveryFailure, page = documentVisibility } = options;
  const items = createStore<readonly T[] | null>(null);
  const error = createStore<Error | null>(null);
  let generation = 0;

  const refresh = async () => {
    const current = ++generation;
    try {
      const loaded = await load();
      if (current !== generation) return;
      items.set(loaded);
      error.set(null);
    } catch (failure) {
      if (current !== generation) return;
      try {
        triage(failure);
      } catch {
        error.set(failure instanceof Error ? failure : new Error(String(failure)));
      }
    }
  };

  // The plugin and the panel may both start it: one timer for all, stopped with the last of them.
  let users = 0;
  let stopPolling: (() => void) | null = null;
  const poll = () => {
    void refresh();
    const onVisible = () => {
      if (page.visible()) void refresh();
    };
    const timer = setInterval(onVisible, intervalMs);
    const stopListening = page.onChange(onVisible);
    return () => {
      clearInterval(timer);
      stopListening();
      // A request still under way belongs to the stopped polling.
      generation++;
    };
  };

  return {
    items,
    error,
    refresh,
    replace(change) {
      generation++;
      items.set(change(items.get() ?? []));
      void refresh();
    },
    start() {
      users++;
      stopPolling ??= poll();
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        users--;
        if (users === 0 && stopPolling !== null) {
          stopPolling();
          stopPolling = null;
        }
      };
    },
  };
}

/**
 * One value per connection and key, made on first use, so an editor plugin and a side panel that
 * only share the connection find the same one; a new key (another room, another document) makes a
 * new value.
 */
export function perConnection<T>(make: (key: string) => T): (connection: object, key: string) => T {
  const made = new WeakMap<object, { key: string; value: T }>();
  return (connection, key) => {
    const found = made.get(connection);
    if (found !== undefined && found.key === key) return found.value;
    const value = make(key);
    made.set(connection, { key, value });
    return value;
  };
}
