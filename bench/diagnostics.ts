/**
 * Everything odd a run saw on the client side: closes with their codes and reasons, upgrade
 * refusals, socket errors, permission denials. Counted by kind so 1,000 identical closes stay one line.
 */

/** Counts of odd events, keyed by a short description. */
export class Diagnostics {
  private readonly counts = new Map<string, number>();

  /** Records one event. */
  note(event: string): void {
    this.counts.set(event, (this.counts.get(event) ?? 0) + 1);
  }

  /** Events and their counts, most frequent first. */
  entries(): Array<{ event: string; count: number }> {
    return [...this.counts.entries()]
      .map(([event, count]) => ({ event, count }))
      .sort((a, b) => b.count - a.count);
  }

  /** Total number of events recorded. */
  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }
}
