/** The current time for a "time left" that counts down while a page stays open. */
import { useEffect, useState } from 'preact/hooks';

/** The current time, renewed every `intervalMs`. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
