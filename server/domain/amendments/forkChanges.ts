/**
 * What an open amendment would change in the main text now (DESIGN.md, "an amendment is a fork").
 * A document holding the main text's structs plus the fork's own (an overlay) is viewed twice: as
 * the main text is now, and as the main text plus the fork's own clocks and deletions. The blocks
 * the fork's structs and deletions lie in are compared between the two views: the amendment shows
 * exactly its own changes, and the main text's later edits stay unmarked.
 */
import * as Y from 'yjs';
import type { DiffBlock } from '../../../shared/api/amendments.js';
import type { ClockRange } from '../../sync/updateInspection.js';
import { blockOrder, blockSegments, countChanges, hasChange, isVisibleIn, sectionIdOf, textblockOf, textblocksWithin } from '../diff/blockDiff.js';
import { normalizedDeleteSet, viewOf, type DeleteSet, type TextView } from '../diff/textView.js';

/** What a fork adds to its base: its own structs and deletions. */
export interface ForkState {
  id: string;
  entityId: string;
  /** End clock of each client the fork wrote with. */
  ends: Map<number, number>;
  inserted: ClockRange[];
  deleted: ClockRange[];
  /** Its own deletions, sorted for lookups. */
  ds: DeleteSet;
}

/** What one fork changes. */
export interface ForkChanges {
  changes: DiffBlock[];
  added: number;
  removed: number;
  /** Keys of the text blocks it changes: two forks sharing one overlap. */
  touched: Set<string>;
  /** The main text changed a block it changes since the fork started. */
  mainChangedSince: boolean;
  /**
   * The main text has since deleted a passage it changes: those changes are shown against the text
   * it began from, and accepting could not bring them into the text.
   */
  passageDeleted: boolean;
}

/** A fork's state from its own update (all of it merged). */
export function forkStateFromUpdate(id: string, entityId: string, ownUpdate: Uint8Array | null): ForkState {
  const state: ForkState = { id, entityId, ends: new Map(), inserted: [], deleted: [], ds: Y.createDeleteSet() };
  if (!ownUpdate) return state;
  const decoded = Y.decodeUpdate(ownUpdate);
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    addInserted(state, [struct.id.client, struct.id.clock, struct.length]);
  }
  for (const [client, items] of decoded.ds.clients) for (const item of items) state.deleted.push([client, item.clock, item.len]);
  state.ds = normalizedDeleteSet(decoded.ds);
  return state;
}

/** Records structs a fork added. */
export function addInserted(state: ForkState, [client, clock, length]: ClockRange): void {
  state.inserted.push([client, clock, length]);
  state.ends.set(client, Math.max(state.ends.get(client) ?? 0, clock + length));
}

/** The main text's view plus the fork's own clocks and deletions. */
export function forkView(mainView: TextView, fork: ForkState): TextView {
  const sv = new Map(mainView.sv);
  for (const [client, end] of fork.ends) if ((sv.get(client) ?? 0) < end) sv.set(client, end);
  return { sv, deleteSets: [...mainView.deleteSets, fork.ds] };
}

/** Calls `visit` for every struct of a clock range present in `doc`. */
export function eachItem(doc: Y.Doc, [client, clock, length]: ClockRange, visit: (item: Y.Item) => void): void {
  const end = Math.min(clock + length, Y.getState(doc.store, client));
  for (let at = clock; at < end; ) {
    const struct = Y.getItem(doc.store, Y.createID(client, at));
    if (struct instanceof Y.Item) visit(struct);
    at = struct.id.clock + struct.length;
  }
}

/** Adds the text blocks a struct lies in (or, for a block-level struct, holds). */
export function addBlocksOf(item: Y.Item, into: Set<Y.XmlElement>): void {
  if (item.content instanceof Y.ContentType) textblocksWithin(item.content.type, into);
  const block = textblockOf(item);
  if (block) into.add(block);
}

/** The text blocks a fork's structs and deletions lie in, in `doc` (which holds both). */
export function blocksOfFork(doc: Y.Doc, fork: ForkState): Set<Y.XmlElement> {
  const blocks = new Set<Y.XmlElement>();
  for (const range of fork.inserted) eachItem(doc, range, (item) => addBlocksOf(item, blocks));
  for (const range of fork.deleted) eachItem(doc, range, (item) => addBlocksOf(item, blocks));
  return blocks;
}

/** A stable key of a block (its item's id). */
export function blockKey(block: Y.XmlElement): string {
  const id = block._item?.id;
  return id ? `${id.client}:${id.clock}` : 'root';
}

/** One fork's changes, given the blocks it lies in, their document order, and which changed in the main text since it began. */
export function changesOfFork(
  fork: ForkState,
  blocks: Iterable<Y.XmlElement>,
  mainView: TextView,
  order: () => Map<Y.XmlElement, number>,
  changedSince: (block: Y.XmlElement) => boolean,
  baseView: () => TextView,
): ForkChanges {
  const view = forkView(mainView, fork);
  const positions = order();
  const sorted = [...blocks].sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0));
  const changes: DiffBlock[] = [];
  const touched = new Set<string>();
  let mainChangedSince = false;
  let passageDeleted = false;
  for (const block of sorted) {
    let segments = blockSegments(block, view, mainView, () => fork.entityId);
    if (!hasChange(segments)) {
      // Nothing shows against the main text now: either the fork changed nothing here, or the main
      // text deleted the whole block since, taking the fork's changes with it. Then they are shown
      // against the text the fork began from, and flagged.
      const item = block._item;
      if (!item || isVisibleIn(item, mainView)) continue;
      const base = baseView();
      segments = blockSegments(block, forkView(base, fork), base, () => fork.entityId);
      if (!hasChange(segments)) continue;
      passageDeleted = true;
      mainChangedSince = true;
      changes.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments, deletedInText: true });
      touched.add(blockKey(block));
      continue;
    }
    changes.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments });
    touched.add(blockKey(block));
    if (!mainChangedSince && changedSince(block)) mainChangedSince = true;
  }
  return { changes, ...countChanges(changes), touched, mainChangedSince, passageDeleted };
}

/** One fork to look at without an index: its base snapshot and its own update. */
export interface ForkInput {
  id: string;
  entityId: string;
  baseSnapshot: Y.Snapshot;
  ownUpdate: Uint8Array | null;
}

/**
 * Each fork's changes against `main`, on a scratch copy of it: the simple way, costing a copy of the
 * main text per call (tests, and checks of the AmendmentIndex, which keeps its overlay up to date).
 */
export function computeForkChanges(main: Y.Doc, forks: readonly ForkInput[]): Map<string, ForkChanges> {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(main));
  const mainView = viewOf(Y.snapshot(scratch));
  const states = forks.map((fork) => forkStateFromUpdate(fork.id, fork.entityId, fork.ownUpdate));
  for (const fork of forks) if (fork.ownUpdate) Y.applyUpdate(scratch, fork.ownUpdate);
  let order: Map<Y.XmlElement, number> | null = null;
  const orderOnce = () => (order ??= blockOrder(scratch.getXmlFragment('prosemirror')));
  const result = new Map<string, ForkChanges>();
  forks.forEach((fork, index) => {
    const base = viewOf(fork.baseSnapshot);
    const changedSince = (block: Y.XmlElement) => hasChange(blockSegments(block, mainView, base));
    result.set(fork.id, changesOfFork(states[index]!, blocksOfFork(scratch, states[index]!), mainView, orderOnce, changedSince, () => base));
  });
  scratch.destroy();
  return result;
}
