/**
 * Optimistic concurrency for the texts the body's advisers write together (the general text, each
 * point), as for a package's: a writer sends the `updatedAt` they last saw, and a record changed
 * since is not overwritten (409 `edited_meanwhile`, nothing changes) so no colleague's words are lost
 * unseen. `updatedAt` always moves forward (nextUpdatedAt), even for two edits within one
 * millisecond of the clock, so an equal stamp really means an unchanged record.
 */
import { editedMeanwhile, nextUpdatedAt } from '../editedMeanwhile.js';
import type { AdviceDeps } from './deps.js';

/** Throws edited_meanwhile when the writer saw another stamp of the `what` than it has now (no stamp: the last write wins). */
export function assertUnchangedSince(what: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) throw editedMeanwhile(what);
}

/** Marks a draft advice changed at `now` (a point added, edited or deleted; call inside the write transaction); false once it is no draft. */
export function touchAdvice(deps: Pick<AdviceDeps, 'advice'>, adviceId: string, now: number): boolean {
  const current = deps.advice.advice(adviceId);
  return current?.status === 'draft' && deps.advice.touch(adviceId, nextUpdatedAt(now, current.updatedAt));
}
