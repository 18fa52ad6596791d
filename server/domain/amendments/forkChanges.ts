/**
 * What each open amendment would change in the main text now (DESIGN.md, "an amendment is a fork").
 * One scratch Y.Doc holds the main text's state plus every fork's own updates; each fork is then
 * viewed through its own snapshot (the main text's clocks and deletions plus its own), compared with
 * the main text's snapshot. So an amendment shows exactly its changes, the main text's later edits
 * stay unmarked, and one copy of the main text serves every amendment of a list.
 */
import * as Y from 'yjs';
import type { DiffBlock } from '../../../shared/api/amendments.js';
import {
  blockOrder,
  blockSegments,
  countChanges,
  hasChange,
  isVisibleIn,
  sectionIdOf,
  textblockOf,
  textblocksWithin,
} from '../diff/blockDiff.js';

/** One fork to look at. */
export interface ForkInput {
  id: string;
  entityId: string;
  /** The main text's snapshot it started from. */
  baseSnapshot: Y.Snapshot;
  /** Its own stored updates merged (what it adds to its base), or null when it has none yet. */
  ownUpdate: Uint8Array | null;
}

/** What one fork changes. */
export interface ForkChanges {
  changes: DiffBlock[];
  added: number;
  removed: number;
  /** Keys of the text blocks it touches: two forks sharing one overlap. */
  touched: Set<string>;
  /** The main text changed a block it touches since the fork started. */
  mainChangedSince: boolean;
}

/** Computes each fork's changes against the main text as it is now. */
export function computeForkChanges(main: Y.Doc, forks: readonly ForkInput[]): Map<string, ForkChanges> {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(main));
  const mainSnapshot = Y.snapshot(scratch);

  const views: { fork: ForkInput; snapshot: Y.Snapshot; decoded: ReturnType<typeof Y.decodeUpdate> | null }[] = [];
  for (const fork of forks) {
    if (!fork.ownUpdate) {
      views.push({ fork, snapshot: mainSnapshot, decoded: null });
      continue;
    }
    const decoded = Y.decodeUpdate(fork.ownUpdate);
    const stateVector = new Map(mainSnapshot.sv);
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      const end = struct.id.clock + struct.length;
      if ((stateVector.get(struct.id.client) ?? 0) < end) stateVector.set(struct.id.client, end);
    }
    const snapshot = Y.createSnapshot(Y.mergeDeleteSets([mainSnapshot.ds, decoded.ds]), stateVector);
    Y.applyUpdate(scratch, fork.ownUpdate);
    views.push({ fork, snapshot, decoded });
  }

  const order = blockOrder(scratch.getXmlFragment('prosemirror'));
  const keyOf = (block: Y.XmlElement) => {
    const id = block._item?.id;
    return id ? `${id.client}:${id.clock}` : 'root';
  };
  const result = new Map<string, ForkChanges>();
  for (const { fork, snapshot, decoded } of views) {
    const blocks = new Set<Y.XmlElement>();
    if (decoded) touchedBlocks(scratch, decoded, snapshot, mainSnapshot, blocks);
    const sorted = [...blocks].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const entityOf = (client: number) => (mainSnapshot.sv.has(client) ? null : fork.entityId);
    const changes: DiffBlock[] = [];
    let mainChangedSince = false;
    for (const block of sorted) {
      const segments = blockSegments(block, snapshot, mainSnapshot, entityOf);
      if (!hasChange(segments)) continue;
      changes.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments });
      if (!mainChangedSince && hasChange(blockSegments(block, mainSnapshot, fork.baseSnapshot))) mainChangedSince = true;
    }
    const touched = new Set(sorted.map(keyOf));
    result.set(fork.id, { changes, ...countChanges(changes), touched, mainChangedSince });
  }
  scratch.destroy();
  return result;
}

/** The text blocks a fork's own structs and deletions touch, in the scratch document. */
function touchedBlocks(
  scratch: Y.Doc,
  decoded: ReturnType<typeof Y.decodeUpdate>,
  forkSnapshot: Y.Snapshot,
  mainSnapshot: Y.Snapshot,
  into: Set<Y.XmlElement>,
): void {
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const item = Y.getItem(scratch.store, struct.id);
    if (!(item instanceof Y.Item) || isVisibleIn(item, mainSnapshot) || !isVisibleIn(item, forkSnapshot)) continue;
    if (item.content instanceof Y.ContentType) textblocksWithin(item.content.type, into);
    const block = textblockOf(item);
    if (block) into.add(block);
  }
  // The fork's delete set also repeats its base's deletions: only what is still in the main text counts.
  scratch.transact((transaction) => {
    Y.iterateDeletedStructs(transaction, decoded.ds, (struct) => {
      if (!(struct instanceof Y.Item) || !isVisibleIn(struct, mainSnapshot)) return;
      if (struct.content instanceof Y.ContentType) textblocksWithin(struct.content.type, into);
      const block = textblockOf(struct);
      if (block) into.add(block);
    });
  }, 'cleanup');
}
