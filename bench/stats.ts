/**
 * Small statistics helpers: a latency histogram, medians, a seeded PRNG.
 */

/**
 * Latencies in a fixed-resolution histogram (20 µs bins up to 20 s, exact values beyond): millions
 * of samples cost a few megabytes and no sorting; percentiles are exact to the bin width.
 */
export class LatencyHistogram {
  private static readonly BINS_PER_MS = 50;
  private static readonly BIN_COUNT = 20_000 * LatencyHistogram.BINS_PER_MS;
  private readonly counts = new Uint32Array(LatencyHistogram.BIN_COUNT);
  private readonly overflow: number[] = [];
  private size = 0;
  private total = 0;
  private largest = Number.NEGATIVE_INFINITY;

  /** Adds one latency in milliseconds (negative values, from clock jitter, count as 0). */
  push(ms: number): void {
    const bin = ms <= 0 ? 0 : (ms * LatencyHistogram.BINS_PER_MS) | 0;
    if (bin < LatencyHistogram.BIN_COUNT) this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    else this.overflow.push(ms);
    this.size++;
    this.total += ms;
    if (ms > this.largest) this.largest = ms;
  }

  /** Number of samples. */
  get length(): number {
    return this.size;
  }

  /** The value at fraction `p` (0..1), nearest rank, to bin resolution (upper bin edge); NaN when empty. */
  percentile(p: number): number {
    if (this.size === 0) return Number.NaN;
    const rank = Math.min(this.size, Math.max(1, Math.ceil(p * this.size)));
    let seen = 0;
    for (let bin = 0; bin < this.counts.length; bin++) {
      seen += this.counts[bin] ?? 0;
      if (seen >= rank) return Math.min((bin + 1) / LatencyHistogram.BINS_PER_MS, this.largest);
    }
    const sorted = [...this.overflow].sort((a, b) => a - b);
    return sorted[rank - seen - 1] ?? this.largest;
  }

  /** p50, p99, max and mean. */
  summary(): Summary {
    return {
      count: this.size,
      p50: this.percentile(0.5),
      p99: this.percentile(0.99),
      max: this.size > 0 ? this.largest : Number.NaN,
      mean: this.size > 0 ? this.total / this.size : Number.NaN,
    };
  }
}

/** Percentiles of a set of latencies, in the unit they were recorded in. */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** The median of a few numbers (mean of the middle two when even); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** A deterministic pseudo-random generator (mulberry32) so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
