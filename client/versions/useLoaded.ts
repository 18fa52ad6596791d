/**
 * Data loaded once per key (a version never changes, so it is not polled like the lists); a
 * 401 sends the user to sign in, as everywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { handleUnauthenticated } from '../auth.js';

/** What was loaded for the current key. */
export interface Loaded<T> {
  data: T | null;
  error: Error | null;
}

/** Loads `load()` when `key` changes; answers for an older key are dropped. */
export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T> & { key: string | null }>({ key: null, data: null, error: null });
  useEffect(() => {
    let current = true;
    load()
      .then((data) => current && setState({ key, data, error: null }))
      .catch((error: unknown) => {
        if (!current) return;
        try {
          handleUnauthenticated(error);
        } catch {
          setState({ key, data: null, error: error instanceof Error ? error : new Error(String(error)) });
        }
      });
    return () => {
      current = false;
    };
  }, [key]);
  return state.key === key ? { data: state.data, error: state.error } : { data: null, error: null };
}
