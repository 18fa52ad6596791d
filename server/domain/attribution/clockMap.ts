/**
 * Who a Yjs client's clocks belong to, as disjoint segments sorted by clock per client. The first
 * claim on a clock wins: for inserts that is the only one (a struct is inserted once), for
 * deletions it is the first deleter (a reconnecting client's sync step 2 sends the whole delete set
 * again, and the log records that too). Pure: unit tests drive it directly.
 */

/** Who wrote or deleted a range of clocks, and when; shared by every segment of one log row. */
export interface Attribution {
  userId: string;
  entityId: string | null;
  at: number;
  /** The accepted amendment through which it reached the main text, if any. */
  amendmentId: string | null;
}

/** A run of one client's clocks with one attribution. */
export interface Segment {
  clock: number;
  length: number;
  attribution: Attribution;
}

/** Index of the first segment of `segments` that ends after `clock`. */
export function firstEndingAfter(segments: readonly Segment[], clock: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const segment = segments[middle]!;
    if (segment.clock + segment.length <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Per client, the attributed segments of its clocks. */
export class ClockMap {
  private readonly byClient = new Map<number, Segment[]>();

  /** The clients that have segments. */
  clients(): IterableIterator<number> {
    return this.byClient.keys();
  }

  /** A client's segments, sorted by clock and disjoint. */
  segments(client: number): readonly Segment[] {
    return this.byClient.get(client) ?? [];
  }

  /**
   * Gives the unclaimed part of [clock, clock + length) to `attribution` and returns what it got
   * (nothing when all of it was claimed before).
   */
  claim(client: number, clock: number, length: number, attribution: Attribution): Segment[] {
    if (length <= 0) return [];
    let segments = this.byClient.get(client);
    if (!segments) this.byClient.set(client, (segments = []));
    const end = clock + length;
    const last = segments[segments.length - 1];
    // The usual case: a client's inserts arrive in clock order, each after the last.
    if (!last || last.clock + last.length <= clock) {
      const segment = { clock, length, attribution };
      segments.push(segment);
      return [segment];
    }
    const claimed: Segment[] = [];
    let index = firstEndingAfter(segments, clock);
    let position = clock;
    while (position < end) {
      const next = segments[index];
      if (next && next.clock <= position) {
        position = next.clock + next.length;
        index++;
        continue;
      }
      const gapEnd = Math.min(end, next ? next.clock : end);
      const segment = { clock: position, length: gapEnd - position, attribution };
      segments.splice(index, 0, segment);
      claimed.push(segment);
      index++;
      position = gapEnd;
    }
    return claimed;
  }

  /**
   * [clock, clock + length) cut into the segments that cover it, each piece with its attribution;
   * what no segment covers goes to `fallback`. Leaves the map as it is.
   */
  overlay(client: number, clock: number, length: number, fallback: Attribution): Segment[] {
    const segments = this.segments(client);
    const end = clock + length;
    const pieces: Segment[] = [];
    let index = firstEndingAfter(segments, clock);
    let position = clock;
    while (position < end) {
      const next = segments[index];
      if (next && next.clock <= position) {
        const pieceEnd = Math.min(end, next.clock + next.length);
        pieces.push({ clock: position, length: pieceEnd - position, attribution: next.attribution });
        position = pieceEnd;
        index++;
        continue;
      }
      const gapEnd = Math.min(end, next ? next.clock : end);
      pieces.push({ clock: position, length: gapEnd - position, attribution: fallback });
      position = gapEnd;
    }
    return pieces;
  }
}
