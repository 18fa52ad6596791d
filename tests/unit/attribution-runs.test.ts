/** "Who wrote what" runs: merging pieces into runs, finding a struct's run, and a walk over a real Y.Doc. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findAuthorshipRun, type AuthorshipRun } from '../../shared/api/attribution.js';
import { RunMerger, toMinute } from '../../server/domain/attribution/authorshipRuns.js';
import { ClockMap, type Attribution } from '../../server/domain/attribution/clockMap.js';
import { authorshipRuns } from '../../server/domain/attribution/documentAuthorship.js';
import { emptyResolution, foldRows } from '../../server/domain/attribution/resolvedAttribution.js';
import { walkAttributed } from '../../server/domain/attribution/structWalk.js';

const T = Date.UTC(2026, 2, 12, 14, 5, 0);

describe('RunMerger', () => {
  it('merges contiguous text of one author in one minute, and keeps apart what differs', () => {
    const merger = new RunMerger();
    merger.text(1, 0, 5, { author: 0, at: T + 1_000, amendmentNumber: null });
    merger.text(1, 5, 5, { author: 0, at: T + 59_000, amendmentNumber: null });
    merger.text(1, 10, 2, { author: 0, at: T + 60_000, amendmentNumber: null }); // the next minute
    merger.text(1, 12, 2, { author: 1, at: T + 60_000, amendmentNumber: null }); // another author
    merger.text(1, 14, 2, { author: 1, at: T + 60_000, amendmentNumber: 3 }); // by amendment
    merger.text(2, 16, 2, { author: 1, at: T + 60_000, amendmentNumber: 3 }); // another client
    expect(merger.finish()).toEqual([
      [1, 0, 10, 0, T, null],
      [1, 10, 2, 0, T + 60_000, null],
      [1, 12, 2, 1, T + 60_000, null],
      [1, 14, 2, 1, T + 60_000, 3],
      [2, 16, 2, 1, T + 60_000, 3],
    ]);
  });

  it('swallows deleted text and elements between text of the same run, never at its ends', () => {
    const merger = new RunMerger();
    const key = { author: 0, at: T, amendmentNumber: null };
    merger.other(1, 0, 3); // before any text: not part of a run
    merger.text(1, 3, 4, key);
    merger.other(1, 7, 10);
    merger.text(1, 17, 1, key);
    merger.other(1, 18, 5); // trailing: dropped
    merger.text(1, 30, 2, key); // not contiguous (a gap no one attributed)
    expect(merger.finish()).toEqual([
      [1, 3, 15, 0, T, null],
      [1, 30, 2, 0, T, null],
    ]);
  });

  it('rounds times down to the minute', () => {
    expect(toMinute(T + 59_999)).toBe(T);
    expect(toMinute(T)).toBe(T);
  });
});

describe('findAuthorshipRun', () => {
  const runs: AuthorshipRun[] = [
    [1, 0, 10, 0, T, null],
    [1, 10, 5, 1, T, null],
    [1, 20, 5, 0, T, 2],
    [7, 0, 3, 2, T, null],
    [9, 100, 1, 1, T, null],
  ];
  it('finds the run holding a client and clock', () => {
    expect(findAuthorshipRun(runs, 1, 0)).toBe(runs[0]);
    expect(findAuthorshipRun(runs, 1, 9)).toBe(runs[0]);
    expect(findAuthorshipRun(runs, 1, 10)).toBe(runs[1]);
    expect(findAuthorshipRun(runs, 1, 24)).toBe(runs[2]);
    expect(findAuthorshipRun(runs, 7, 2)).toBe(runs[3]);
    expect(findAuthorshipRun(runs, 9, 100)).toBe(runs[4]);
  });
  it('answers null for clocks no run holds', () => {
    expect(findAuthorshipRun(runs, 1, 15)).toBeNull();
    expect(findAuthorshipRun(runs, 1, 25)).toBeNull();
    expect(findAuthorshipRun(runs, 2, 0)).toBeNull();
    expect(findAuthorshipRun(runs, 9, 99)).toBeNull();
    expect(findAuthorshipRun(runs, 10, 0)).toBeNull();
    expect(findAuthorshipRun([], 1, 0)).toBeNull();
  });
});

describe('walking a document against attributed segments', () => {
  const who = (userId: string, at = T, amendmentId: string | null = null): Attribution => ({ userId, entityId: `${userId}-e`, at, amendmentId });

  it('cuts structs along segments and gives uncovered clocks to the fallback', () => {
    const doc = new Y.Doc({ gc: false });
    doc.clientID = 5;
    const text = doc.getText('t');
    text.insert(0, 'abcdefghij'); // one struct, clocks 0-9
    const seen: [number, number, string][] = [];
    const segments = [
      { clock: 2, length: 3, attribution: who('a') },
      { clock: 8, length: 5, attribution: who('b') },
    ];
    walkAttributed(doc.store.clients.get(5)!, segments, who('owner'), (_struct, clock, length, attribution) => {
      seen.push([clock, length, attribution.userId]);
    });
    expect(seen).toEqual([[0, 2, 'owner'], [2, 3, 'a'], [5, 3, 'owner'], [8, 2, 'b']]);
    const without: [number, number][] = [];
    walkAttributed(doc.store.clients.get(5)!, segments, null, (_s, clock, length) => without.push([clock, length]));
    expect(without).toEqual([[2, 3], [8, 2]]);
  });

  it('runs cover the visible text of each author; a client reading them finds everyone', () => {
    const doc = new Y.Doc({ gc: false });
    const fragment = doc.getXmlFragment('prosemirror');
    doc.clientID = 1;
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    fragment.insert(0, [paragraph]);
    const seedClock = Y.getState(doc.store, 1);
    text.insert(0, 'seed ');
    doc.clientID = 2;
    text.insert(5, 'lead ');
    doc.clientID = 3;
    text.insert(10, 'flemish');
    doc.clientID = 2;
    text.delete(0, 2); // the lead deletes "se"

    const resolved = emptyResolution();
    const clock3 = Y.getState(doc.store, 3);
    foldRows(
      resolved,
      [
        { seq: 2, userId: 'lead', entityId: 'justitie', at: T, inserted: [[2, 0, 5]], deleted: [], amendmentId: null },
        { seq: 3, userId: 'kabinet', entityId: 'vlaanderen', at: T + 120_000, inserted: [[3, 0, clock3]], deleted: [], amendmentId: 'a1' },
        { seq: 4, userId: 'lead', entityId: 'justitie', at: T + 180_000, inserted: [], deleted: [[1, seedClock, 2]], amendmentId: null },
      ],
      () => ({ inserted: new ClockMap(), deleted: new ClockMap() }),
    );
    const system: Attribution = { userId: 'system', entityId: null, at: 0, amendmentId: null };
    const result = authorshipRuns(doc, resolved, (client) => (client === 1 ? system : null), (id) => (id === 'a1' ? 1 : null));
    expect(result.seq).toBe(4);
    expect(result.authors).toEqual([
      { userId: 'system', entityId: null },
      { userId: 'lead', entityId: 'justitie' },
      { userId: 'kabinet', entityId: 'vlaanderen' },
    ]);
    // The deleted "se" sits at the start of the seed's struct: its run begins after it.
    const readBack = text.toDelta().map((op: { insert: string }) => op.insert).join('');
    expect(readBack).toBe('ed lead flemish');
    const whoAt = (client: number, clock: number) => {
      const run = findAuthorshipRun(result.runs, client, clock);
      return run ? `${result.authors[run[3]]!.userId}/${run[5] ?? '-'}/${run[4]}` : null;
    };
    expect(whoAt(1, seedClock + 2)).toBe('system/-/0');
    expect(whoAt(1, seedClock)).toBeNull();
    expect(whoAt(1, 0)).toBeNull();
    expect(whoAt(2, 0)).toBe(`lead/-/${T}`);
    expect(whoAt(3, 0)).toBe(`kabinet/1/${T + 120_000}`);
    expect(result.runs.map((r) => [r[0], r[1]])).toEqual([...result.runs.map((r) => [r[0], r[1]])].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });
});
