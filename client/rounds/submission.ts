/**
 * What submitting a package takes along and leaves behind, for the coordinator's submit block: the
 * kept items go out (the amendments among them are submitted with the package), dropped items stay
 * inside the entity. And whether the block can offer submitting at all.
 */
import { isOnTime } from '../../shared/domain/deadlines.js';
import type { ContributionItem } from '../../shared/api/contributions.js';

/** Longest remark excerpt named in the confirmation: enough to recognise it, short enough to read. */
const EXCERPT_CHARS = 60;

/** The package split as a submission sees it. */
export interface SubmissionSummary {
  kept: number;
  /** Short names of the dropped items, which stay behind. */
  dropped: string[];
  /** Titles of the kept amendments, which are submitted with the package. */
  amendments: string[];
}

/** An item as a sentence names it: an amendment by its title, a remark by its opening words in quotes. */
export function itemShortName(item: Pick<ContributionItem, 'body' | 'amendment'>): string {
  if (item.amendment !== null) return item.amendment.title;
  const body = item.body.replace(/\s+/g, ' ').trim();
  return `“${body.length <= EXCERPT_CHARS ? body : `${body.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`}”`;
}

/** What goes and what stays when the package is submitted. */
export function submissionSummary(items: readonly ContributionItem[]): SubmissionSummary {
  const kept = items.filter((item) => !item.dropped);
  return {
    kept: kept.length,
    dropped: items.filter((item) => item.dropped).map(itemShortName),
    amendments: kept.flatMap((item) => (item.amendment === null ? [] : [item.amendment.title])),
  };
}

/** What the submit block says up front: the deadline has passed (by this browser's clock), or nothing would go out (then no button). */
export type SubmitBlocker = 'late' | 'empty' | null;

/** The blocker at `now` (the server decides again on submission; this only keeps a hopeless button away). */
export function submitBlocker(keptItems: number, deadlineAt: number, now: number): SubmitBlocker {
  if (!isOnTime(now, deadlineAt)) return 'late';
  return keptItems === 0 ? 'empty' : null;
}
