/**
 * Slows down password guessing, per account and per client address. After a few failures each
 * further attempt must wait, doubling up to a ceiling. Kept in memory: one process serves the
 * dossier, and a restart forgetting the counters only gives an attacker a handful of tries more.
 */

/** How the throttle behaves for one kind of key. */
export interface ThrottlePolicy {
  /** Failures allowed before waiting starts. */
  freeFailures: number;
  /** Wait after the first failure past the free ones, in ms; doubles with each further failure. */
  baseDelayMs: number;
  /** Longest wait, in ms. */
  maxDelayMs: number;
  /** Failures older than this are forgotten, in ms. */
  windowMs: number;
}

interface Record {
  failures: number;
  lastFailureAt: number;
}

/** Counts failures per key and says how long a key must wait. */
export class LoginThrottle {
  private readonly records = new Map<string, Record>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the key must still wait before another attempt; 0 when it may try now. */
  waitMs(key: string): number {
    const record = this.current(key);
    if (!record || record.failures < this.policy.freeFailures) return 0;
    const doublings = record.failures - this.policy.freeFailures;
    const delay = Math.min(this.policy.baseDelayMs * 2 ** Math.min(doublings, 30), this.policy.maxDelayMs);
    return Math.max(0, record.lastFailureAt + delay - this.now());
  }

  /** Records a failed attempt. */
  fail(key: string): void {
    const record = this.current(key) ?? { failures: 0, lastFailureAt: 0 };
    record.failures += 1;
    record.lastFailureAt = this.now();
    this.records.set(key, record);
    if (this.records.size > 100_000) this.forgetOld();
  }

  /** Takes back one recorded failure (an attempt counted before it was checked, that succeeded). */
  forgive(key: string): void {
    const record = this.records.get(key);
    if (record) record.failures = Math.max(0, record.failures - 1);
  }

  /** Forgets a key's failures (after a successful sign-in). */
  reset(key: string): void {
    this.records.delete(key);
  }

  private current(key: string): Record | undefined {
    const record = this.records.get(key);
    if (record && this.now() - record.lastFailureAt > this.policy.windowMs) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  private forgetOld(): void {
    for (const key of [...this.records.keys()]) this.current(key);
  }
}

/** Per account: 5 free failures, then 1 s, 2 s, 4 s … up to 15 minutes. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
};

/** Per address: more generous (a ministry's staff share one NAT address), same shape. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  baseDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  windowMs: 60 * 60_000,
};
