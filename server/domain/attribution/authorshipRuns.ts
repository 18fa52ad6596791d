/**
 * Merges attributed pieces of text into the few runs "who wrote what" sends. Pieces arrive per
 * client in clock order. Visible text starts or extends a run; anything else (deleted text,
 * elements, formatting) lies between runs and may be swallowed by one, since nobody looks it up.
 * Times are kept to the minute, as the hover shows them, so a typing session is one run.
 */
import type { AuthorshipRun } from '../../../shared/api/attribution.js';

/** What a piece of visible text is attributed to. */
export interface RunKey {
  author: number;
  at: number;
  amendmentNumber: number | null;
}

const MINUTE = 60_000;

/** The minute a time falls in, as ms. */
export function toMinute(at: number): number {
  return Math.floor(at / MINUTE) * MINUTE;
}

interface OpenRun {
  client: number;
  clock: number;
  /** Where the last piece swallowed so far ends. */
  end: number;
  /** Where the last visible piece ends: the run's length on closing. */
  visibleEnd: number;
  key: RunKey;
}

/** Builds the runs of one answer. */
export class RunMerger {
  private readonly runs: AuthorshipRun[] = [];
  private open: OpenRun | null = null;

  /** Visible text of `key` at [clock, clock + length) of `client`. */
  text(client: number, clock: number, length: number, key: RunKey): void {
    const at = toMinute(key.at);
    const open = this.open;
    if (
      open &&
      open.client === client &&
      open.end === clock &&
      open.key.author === key.author &&
      open.key.at === at &&
      open.key.amendmentNumber === key.amendmentNumber
    ) {
      open.end = open.visibleEnd = clock + length;
      return;
    }
    this.close();
    this.open = { client, clock, end: clock + length, visibleEnd: clock + length, key: { ...key, at } };
  }

  /** Something no reader looks up at [clock, clock + length): swallowed by the open run if it follows on. */
  other(client: number, clock: number, length: number): void {
    const open = this.open;
    if (open && open.client === client && open.end === clock) open.end = clock + length;
  }

  /** The runs, sorted by client and clock as they were pushed. */
  finish(): AuthorshipRun[] {
    this.close();
    return this.runs;
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.runs.push([open.client, open.clock, open.visibleEnd - open.clock, open.key.author, open.key.at, open.key.amendmentNumber]);
    this.open = null;
  }
}
