/**
 * A view of a Yjs document at one moment: which structs exist (a state vector) and which are
 * deleted (one or more delete sets, a struct being deleted if any of them says so). A Y.Snapshot is
 * one; an amendment's view is the main text's snapshot plus the fork's own clocks and deletions,
 * without merging the main text's large delete set for every fork.
 *
 * Yjs's own snapshot rendering (toDelta with snapshots) first splits every struct of the snapshot's
 * whole delete set, once per call: on a document with a long history that costs tens of
 * milliseconds per block. Here a struct's visible runs are found by binary search instead.
 */
import * as Y from 'yjs';

/** A delete set (Yjs does not export the type by name). */
export type DeleteSet = Y.Snapshot['ds'];

/** Which structs exist and which are deleted, at some moment. */
export interface TextView {
  sv: Map<number, number>;
  deleteSets: readonly DeleteSet[];
}

/** A Y.Snapshot as a view. */
export function viewOf(snapshot: Y.Snapshot | TextView): TextView {
  return 'deleteSets' in snapshot ? snapshot : { sv: snapshot.sv, deleteSets: [snapshot.ds] };
}

/** Index of the first delete item that ends after `clock` (items are sorted by clock, not overlapping). */
function firstEndingAfter(items: readonly { clock: number; len: number }[], clock: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid]!;
    if (item.clock + item.len <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The runs [start, end) of clocks `clock … clock+length` of `client` that are visible in the view. */
export function visibleRuns(view: TextView, client: number, clock: number, length: number): [number, number][] {
  const end = Math.min(clock + length, view.sv.get(client) ?? 0);
  if (end <= clock) return [];
  let runs: [number, number][] = [[clock, end]];
  for (const ds of view.deleteSets) {
    const items = ds.clients.get(client);
    if (!items || items.length === 0) continue;
    const next: [number, number][] = [];
    for (const [from, to] of runs) {
      let at = from;
      for (let index = firstEndingAfter(items, from); index < items.length && items[index]!.clock < to; index++) {
        const item = items[index]!;
        if (item.clock > at) next.push([at, item.clock]);
        at = Math.max(at, item.clock + item.len);
      }
      if (at < to) next.push([at, to]);
    }
    runs = next;
    if (runs.length === 0) break;
  }
  return runs;
}

/**
 * Whether clocks `clock … clock+length` of `client` are all visible, all hidden, or mixed in the
 * view: one binary search per delete set, no allocation (most structs of a long text are wholly
 * one or the other, and a comparison meets them by the hundred thousand).
 */
export function spanState(view: TextView, client: number, clock: number, length: number): 'all' | 'none' | 'mixed' {
  const end = clock + length;
  const state = view.sv.get(client) ?? 0;
  if (state <= clock) return 'none';
  let mixed = state < end;
  for (const ds of view.deleteSets) {
    const items = ds.clients.get(client);
    if (!items || items.length === 0) continue;
    const index = firstEndingAfter(items, clock);
    const item = items[index];
    if (item === undefined || item.clock >= end) continue;
    if (item.clock <= clock && item.clock + item.len >= end) return 'none';
    mixed = true;
  }
  return mixed ? 'mixed' : 'all';
}

/** Whether the struct's first clock is visible in the view (for one-clock structs: types, breaks, formats). */
export function isVisibleInView(item: Y.Item, view: TextView): boolean {
  return visibleRuns(view, item.id.client, item.id.clock, 1).length === 1;
}

/** Sorts and merges a delete set's items, as the binary search needs (decoded updates may not be). */
export function normalizedDeleteSet(ds: DeleteSet): DeleteSet {
  const result = Y.createDeleteSet();
  for (const [client, items] of ds.clients) {
    const sorted = [...items].sort((a, b) => a.clock - b.clock);
    const merged: { clock: number; len: number }[] = [];
    for (const item of sorted) {
      const last = merged[merged.length - 1];
      if (last && last.clock + last.len >= item.clock) last.len = Math.max(last.len, item.clock + item.len - last.clock);
      else merged.push({ clock: item.clock, len: item.len });
    }
    result.clients.set(client, merged);
  }
  return result;
}
