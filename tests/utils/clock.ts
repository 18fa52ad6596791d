/** A clock for tests of deadlines: real time moved by an offset the test sets, so it still runs. */
import type { Clock } from '../../server/clock.js';

/** A running clock that a test can move forward (or to an instant) without waiting. */
export interface TestClock extends Clock {
  /** Moves the clock `ms` forward. */
  advance(ms: number): void;
  /** Makes it read `instant` now (and run on from there). */
  set(instant: number): void;
}

/** A clock that starts at the system's time. */
export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
    set(instant) {
      offset = instant - Date.now();
    },
  };
}
