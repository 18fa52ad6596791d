/**
 * Optimistic concurrency for the texts an entity writes together (a package's cover note, its
 * items): the client sends the `updatedAt` it last saw; a record changed since is not overwritten.
 */
import { conflict, type AppError } from '../errors.js';

/** The refusal of an edit made on a text a colleague changed since the writer last saw it. */
export function editedMeanwhile(what: string): AppError {
  return conflict('edited_meanwhile', `A colleague changed this ${what} meanwhile: reload it, and save yours on top of it or take theirs.`);
}

/**
 * The `updatedAt` of a change made at `now` to a record last changed at `previous`: always later,
 * so two saves within one millisecond (or after the clock was set back) still tell apart.
 */
export function nextUpdatedAt(now: number, previous: number): number {
  return Math.max(now, previous + 1);
}
