/** The current time for "time left" wordings, moving on by itself so an open page stays right. */
import { useEffect, useState } from 'preact/hooks';

/** How often the time is read again: the wording counts whole minutes. */
const TICK_MS = 15_000;

/** `Date.now()`, refreshed every few seconds while the component is shown. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
