/**
 * Keystroke-to-arrival bookkeeping. Typists record when they sent each keystroke (by Yjs client ID
 * and clock); every receiving client reports the updates it gets, whose (client, clock) ranges are
 * read with Y.parseUpdateMeta. Each (keystroke, receiver) pair counts once.
 * Listeners need no Y.Doc for this, which keeps 1,000 clients cheap; the same broadcast bytes reach
 * every client, so each distinct update is parsed once (a small cache compares bytes).
 */
import * as Y from 'yjs';
import { LatencyHistogram } from './stats.js';

/** Per-receiver memory of what it has already got: next expected clock per typist (by typist slot). */
export interface ReceiverState {
  seen: Int32Array;
}

interface Sender {
  slot: number;
  /** Send time (performance.now) indexed by clock; NaN for keystrokes outside the window. */
  times: number[];
}

interface ParsedUpdate {
  bytes: Uint8Array;
  /** Ranges of typists' clocks the update carries: [from, to) per sender. */
  ranges: Array<{ client: number; sender: Sender; from: number; to: number }>;
}

const CACHE_SIZE = 16;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** Collects send times and delivery latencies for one typing run. */
export class DeliveryTracker {
  private readonly senders = new Map<number, Sender>();
  private readonly cache: ParsedUpdate[] = [];
  private cacheNext = 0;
  /** Latencies (ms) of measured keystrokes, one per (keystroke, receiver). */
  readonly latencies = new LatencyHistogram();
  /** Keystrokes sent inside the measurement window. */
  measuredKeystrokes = 0;
  /** Keystrokes sent in total. */
  totalKeystrokes = 0;
  /** Times a receiver got a range that skipped clocks it had not seen (out of order, or missing before it). */
  gaps = 0;
  /** Whether new keystrokes are inside the measurement window. */
  measuring = false;

  /** Records that `client` sent the keystroke at `clock` at time `at`. */
  recordSend(client: number, clock: number, at: number): void {
    let sender = this.senders.get(client);
    if (sender === undefined) {
      sender = { slot: this.senders.size, times: [] };
      this.senders.set(client, sender);
    }
    const times = sender.times;
    while (times.length < clock) times.push(Number.NaN);
    times[clock] = this.measuring ? at : Number.NaN;
    this.totalKeystrokes++;
    if (this.measuring) this.measuredKeystrokes++;
  }

  /** A fresh receiver state for one client. */
  newReceiver(): ReceiverState {
    return { seen: new Int32Array(64) };
  }

  private parse(update: Uint8Array): ParsedUpdate['ranges'] {
    for (const entry of this.cache) if (sameBytes(entry.bytes, update)) return entry.ranges;
    const meta = Y.parseUpdateMeta(update);
    const ranges: ParsedUpdate['ranges'] = [];
    for (const [client, to] of meta.to) {
      const sender = this.senders.get(client);
      if (sender !== undefined) ranges.push({ client, sender, from: meta.from.get(client) ?? 0, to });
    }
    this.cache[this.cacheNext] = { bytes: update, ranges };
    this.cacheNext = (this.cacheNext + 1) % CACHE_SIZE;
    return ranges;
  }

  /** A receiver (whose own typing client ID is `self`, or -1) got `update` at time `at`. */
  onReceive(receiver: ReceiverState, self: number, update: Uint8Array, at: number): void {
    const ranges = this.parse(update);
    for (const { client, sender, from, to } of ranges) {
      if (client === self) continue;
      if (sender.slot >= receiver.seen.length) {
        const bigger = new Int32Array(Math.max(sender.slot + 1, receiver.seen.length * 2));
        bigger.set(receiver.seen);
        receiver.seen = bigger;
      }
      const seen = receiver.seen[sender.slot] ?? 0;
      if (to <= seen) continue;
      if (from > seen) this.gaps++;
      const times = sender.times;
      const end = Math.min(to, times.length);
      for (let clock = Math.max(from, seen); clock < end; clock++) {
        const sentAt = times[clock] ?? Number.NaN;
        if (sentAt === sentAt) this.latencies.push(at - sentAt);
      }
      receiver.seen[sender.slot] = to;
    }
  }
}
