/**
 * The text blocks of a gc-off document in which anything differs between two snapshots. Diffing
 * every block of a 300,000-character text with a long history costs a second; the structs that
 * differ (inserted between the two state vectors, or deleted in one delete set and not the other)
 * are found from the two snapshots in milliseconds, and only their blocks need diffing.
 */
import * as Y from 'yjs';
import { textblockOf } from '../diff/blockDiff.js';

/** A clock interval [start, end) of one client. */
type Interval = [number, number];

/** A client's deleted intervals in a delete set, sorted and merged (a decoded one need not be). */
function deletedIntervals(ds: Y.Snapshot['ds'], client: number): Interval[] {
  const sorted = [...(ds.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
  const merged: Interval[] = [];
  for (const { clock, len } of sorted) {
    const last = merged[merged.length - 1];
    if (last && clock <= last[1]) last[1] = Math.max(last[1], clock + len);
    else merged.push([clock, clock + len]);
  }
  return merged;
}

/** The parts of `from` not covered by `minus` (both sorted and merged). */
function subtract(from: readonly Interval[], minus: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of from) {
    let cursor = start;
    while (j < minus.length && minus[j]![1] <= cursor) j++;
    for (let k = j; k < minus.length && minus[k]![0] < end; k++) {
      if (minus[k]![0] > cursor) out.push([cursor, minus[k]![0]]);
      cursor = Math.max(cursor, minus[k]![1]);
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}

/** The text blocks touched by any struct in the given intervals of each client. */
function markBlocks(doc: Y.Doc, intervals: Map<number, Interval[]>, into: Set<Y.XmlElement>): void {
  for (const [client, list] of intervals) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0) continue;
    const last = structs[structs.length - 1]!;
    const state = last.id.clock + last.length;
    for (const [start, end] of list) {
      if (start >= state) continue;
      for (let index = Y.findIndexSS(structs, start); index < structs.length && structs[index]!.id.clock < end; index++) {
        const struct = structs[index];
        if (!(struct instanceof Y.Item)) continue;
        // A block added or removed as a whole needs no case of its own: its text is inserted with
        // it, and Yjs deletes a type's children with the type.
        const block = textblockOf(struct);
        if (block) into.add(block);
      }
    }
  }
}

/** The text blocks whose content is not the same in snapshot `a` and snapshot `b` of `doc`. */
export function changedTextblocks(doc: Y.Doc, a: Y.Snapshot, b: Y.Snapshot): Set<Y.XmlElement> {
  const intervals = new Map<number, Interval[]>();
  const add = (client: number, list: Interval[]) => {
    if (list.length > 0) intervals.set(client, [...(intervals.get(client) ?? []), ...list]);
  };
  for (const client of new Set([...a.sv.keys(), ...b.sv.keys()])) {
    const [low, high] = [a.sv.get(client) ?? 0, b.sv.get(client) ?? 0].sort((x, y) => x - y) as [number, number];
    if (low < high) add(client, [[low, high]]);
  }
  for (const client of new Set([...a.ds.clients.keys(), ...b.ds.clients.keys()])) {
    const inA = deletedIntervals(a.ds, client);
    const inB = deletedIntervals(b.ds, client);
    add(client, [...subtract(inA, inB), ...subtract(inB, inA)]);
  }
  const blocks = new Set<Y.XmlElement>();
  markBlocks(doc, intervals, blocks);
  return blocks;
}
