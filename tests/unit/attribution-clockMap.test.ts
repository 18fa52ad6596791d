/** The clock map behind attribution: first claim wins, lookups cut ranges along what was claimed. */
import { describe, expect, it } from 'vitest';
import { ClockMap, firstEndingAfter, type Attribution, type Segment } from '../../server/domain/attribution/clockMap.js';
import { parseRanges, type LogRow } from '../../server/repositories/attributionLog.js';
import { emptyResolution, foldRows, forkAttribution } from '../../server/domain/attribution/resolvedAttribution.js';

const who = (userId: string, at = 0, amendmentId: string | null = null): Attribution => ({ userId, entityId: `${userId}-entity`, at, amendmentId });
const shape = (segments: readonly Segment[]) => segments.map((s) => [s.clock, s.length, s.attribution.userId]);

describe('ClockMap', () => {
  it('appends a client\'s inserts in clock order', () => {
    const map = new ClockMap();
    map.claim(7, 0, 5, who('a'));
    map.claim(7, 5, 3, who('b'));
    map.claim(9, 0, 2, who('c'));
    expect(shape(map.segments(7))).toEqual([[0, 5, 'a'], [5, 3, 'b']]);
    expect(shape(map.segments(9))).toEqual([[0, 2, 'c']]);
    expect(map.segments(8)).toEqual([]);
  });

  it('gives only the unclaimed part of a range to a later claim', () => {
    const map = new ClockMap();
    map.claim(1, 10, 5, who('first'));
    map.claim(1, 30, 5, who('first'));
    const got = map.claim(1, 0, 40, who('second'));
    expect(shape(got)).toEqual([[0, 10, 'second'], [15, 15, 'second'], [35, 5, 'second']]);
    expect(shape(map.segments(1))).toEqual([
      [0, 10, 'second'],
      [10, 5, 'first'],
      [15, 15, 'second'],
      [30, 5, 'first'],
      [35, 5, 'second'],
    ]);
    expect(map.claim(1, 12, 20, who('third'))).toEqual([]);
    expect(map.claim(1, 0, 0, who('none'))).toEqual([]);
  });

  it('cuts a range along the segments that cover it, the rest to a fallback', () => {
    const map = new ClockMap();
    map.claim(1, 5, 5, who('a'));
    map.claim(1, 12, 3, who('b'));
    expect(shape(map.overlay(1, 0, 20, who('rest')))).toEqual([
      [0, 5, 'rest'],
      [5, 5, 'a'],
      [10, 2, 'rest'],
      [12, 3, 'b'],
      [15, 5, 'rest'],
    ]);
    expect(shape(map.overlay(1, 7, 2, who('rest')))).toEqual([[7, 2, 'a']]);
    expect(shape(map.overlay(2, 0, 4, who('rest')))).toEqual([[0, 4, 'rest']]);
    // overlay leaves the map as it was
    expect(shape(map.segments(1))).toEqual([[5, 5, 'a'], [12, 3, 'b']]);
  });

  it('finds the first segment ending after a clock', () => {
    const segments: Segment[] = [
      { clock: 0, length: 3, attribution: who('a') },
      { clock: 3, length: 4, attribution: who('b') },
      { clock: 10, length: 1, attribution: who('c') },
    ];
    expect([0, 2, 3, 6, 7, 9, 10, 11, 50].map((clock) => firstEndingAfter(segments, clock))).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3]);
  });
});

describe('parseRanges', () => {
  it('reads the ranges the gate writes', () => {
    expect(parseRanges('[]')).toEqual([]);
    expect(parseRanges('[[1,2,3]]')).toEqual([[1, 2, 3]]);
    expect(parseRanges('[[1,2,3],[40,50,60],[4294967295,0,7]]')).toEqual([[1, 2, 3], [40, 50, 60], [4294967295, 0, 7]]);
  });
  it('counts anything else as no ranges', () => {
    for (const bad of ['[[1,2]]', '[[1,"2",3]]', '[[1,-2,3]]', '[[1,2,3.5]]', '[[1,2,3],]', '[{}]', 'not json', '{}', '']) {
      expect(parseRanges(bad)).toEqual([]);
    }
  });
});

describe('resolving a main text\'s log', () => {
  const row = (seq: number, userId: string, inserted: LogRow['inserted'], deleted: LogRow['deleted'] = [], amendmentId: string | null = null): LogRow => ({
    seq,
    userId,
    entityId: `${userId}-entity`,
    at: seq * 1000,
    inserted,
    deleted,
    amendmentId,
  });

  it('credits a deletion to whoever made it first, not to a client resending its delete set', () => {
    const resolved = emptyResolution();
    foldRows(resolved, [row(1, 'lead', [[5, 0, 20]]), row(2, 'lead', [], [[5, 2, 4]]), row(3, 'other', [], [[5, 0, 10]])], () => {
      throw new Error('no amendment here');
    });
    expect(resolved.seq).toBe(3);
    expect(shape(resolved.deleted.segments(5))).toEqual([[0, 2, 'other'], [2, 4, 'lead'], [6, 4, 'other']]);
  });

  it('reads who wrote a merged amendment from its own room, the rest stays the proposer\'s', () => {
    // In the amendment room: the author wrote client 40's clocks 0-9, the lead clocks 0-4 of client 41
    // and deleted 3 of the author's characters.
    const fork = forkAttribution([row(1, 'author', [[40, 0, 10]]), row(2, 'lead', [[41, 0, 5]], [[40, 2, 3]])], 'amendment-1');
    const resolved = emptyResolution();
    // Merged as one row under the proposer; client 42 is not in the fork's log.
    foldRows(resolved, [row(7, 'proposer', [[40, 0, 10], [41, 0, 5], [42, 0, 2]], [[40, 2, 3], [1, 0, 4]], 'amendment-1')], (id) => {
      expect(id).toBe('amendment-1');
      return fork;
    });
    const full = (segments: readonly Segment[]) => segments.map((s) => [s.clock, s.length, s.attribution.userId, s.attribution.amendmentId, s.attribution.at]);
    expect(full(resolved.inserted.segments(40))).toEqual([[0, 10, 'author', 'amendment-1', 1000]]);
    expect(full(resolved.inserted.segments(41))).toEqual([[0, 5, 'lead', 'amendment-1', 2000]]);
    expect(full(resolved.inserted.segments(42))).toEqual([[0, 2, 'proposer', 'amendment-1', 7000]]);
    expect(full(resolved.deleted.segments(40))).toEqual([[2, 3, 'lead', 'amendment-1', 2000]]);
    expect(full(resolved.deleted.segments(1))).toEqual([[0, 4, 'proposer', 'amendment-1', 7000]]);
  });
});
