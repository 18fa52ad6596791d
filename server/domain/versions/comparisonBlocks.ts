/**
 * The changed blocks between two snapshots of a main text: documentDiff's walk over the blocks in
 * document order, limited to the blocks in which anything differs (changedBlocks.ts), so that a
 * comparison of a long text costs what its changes cost.
 */
import type * as Y from 'yjs';
import type { DiffBlock } from '../../../shared/api/amendments.js';
import { blockOrder, blockSegments, hasChange, isVisibleIn, sectionIdOf, type EntityOfClient } from '../diff/blockDiff.js';
import { changedTextblocks } from './changedBlocks.js';

/** What documentDiff(fragment, current, previous, entityOf) answers, computed on the changed blocks only. */
export function comparisonBlocks(fragment: Y.XmlFragment, current: Y.Snapshot, previous: Y.Snapshot, entityOf: EntityOfClient): DiffBlock[] {
  const changed = changedTextblocks(fragment.doc!, previous, current);
  if (changed.size === 0) return [];
  const blocks: DiffBlock[] = [];
  for (const block of blockOrder(fragment).keys()) {
    if (!changed.has(block)) continue;
    const item = block._item;
    if (item && !isVisibleIn(item, current) && !isVisibleIn(item, previous)) continue;
    const segments = blockSegments(block, current, previous, entityOf);
    if (hasChange(segments)) blocks.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments });
  }
  return blocks;
}
