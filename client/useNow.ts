/** The current time for "time left" wordings, moving on by itself so an open page stays right. */
import { useEffect, useState } from 'preact/hooks';

/** How often the time is read again by default: the wordings count whole minutes. */
const TICK_MS = 15_000;

/** `Date.now()`, refreshed every `intervalMs` while the component is shown. */
export function useNow(intervalMs = TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
