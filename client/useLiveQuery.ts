/**
 * Data from the API kept fresh without server push: loaded at once, again every `intervalMs` while
 * the page is visible, when the tab becomes visible again, and on demand. Answers to requests that
 * were overtaken (the inputs changed meanwhile) are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api.js';
import { handleUnauthenticated } from './auth.js';

/** The refresh interval the lists use. */
export const LIVE_REFRESH_MS = 10_000;

/** What a live query holds. */
export interface LiveQuery<T> {
  /** The last answer (kept while a refresh fails). */
  data: T | null;
  /** The last refresh's error, cleared by the next success. */
  error: ApiError | Error | null;
  /** Loads again now. */
  refresh: () => Promise<void>;
  /** Replaces the data with an answer obtained elsewhere (e.g. the result of an action). */
  replace: (data: T) => void;
}

/** Keeps `load()` fresh; `key` names the inputs (a change reloads and forgets the old data). */
export function useLiveQuery<T>(key: string, load: () => Promise<T>, intervalMs = LIVE_REFRESH_MS): LiveQuery<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: ApiError | Error | null }>({ key, data: null, error: null });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const current = ++generation.current;
    try {
      const data = await loadRef.current();
      if (current === generation.current) setState({ key, data, error: null });
    } catch (error) {
      if (current !== generation.current) return;
      try {
        handleUnauthenticated(error);
      } catch {
        const failure = error instanceof Error ? error : new Error(String(error));
        setState((previous) => ({ key, data: previous.key === key ? previous.data : null, error: failure }));
      }
    }
  }, [key]);

  useEffect(() => {
    void refresh();
    const visible = () => document.visibilityState === 'visible';
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
      generation.current++;
    };
  }, [refresh, intervalMs]);

  const replace = useCallback(
    (data: T) => {
      generation.current++;
      setState({ key, data, error: null });
    },
    [key],
  );

  const current = state.key === key ? state : { data: null, error: null };
  return { data: current.data, error: current.error, refresh, replace };
}
