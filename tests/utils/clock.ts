/** A clock for tests of deadlines (real time moved by an offset the test sets, so it still runs), and Brussels times as instants. */
import type { Clock } from '../../server/clock.js';
import { instantOfLocal } from '../../shared/domain/deadlines.js';

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

/** A Brussels wall-clock time as an instant; throws for one that does not exist (skipped by the clocks going forward). */
export function brussels(date: string, time: string): number {
  const result = instantOfLocal({ date, time });
  if (!result.ok) throw new Error(`${date} ${time} in Brussels: ${result.problem}`);
  return result.at;
}
