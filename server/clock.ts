/**
 * The time the rules of rounds and deadlines read. A test moves it past a deadline instead of
 * waiting; everything else in the server (sessions, logs) keeps reading the system clock.
 */

/** Now, in ms since the epoch. */
export interface Clock {
  now(): number;
}

/** The system's clock. */
export const systemClock: Clock = { now: () => Date.now() };
