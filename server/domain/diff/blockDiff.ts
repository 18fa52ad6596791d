/**
 * Text differences between two snapshots of one Y.Doc (gc off), block by block: what lists, the
 * two-column view, version comparison and the exports show. Reads the Yjs structure that
 * y-prosemirror writes (section > paragraph|heading|section_title|lists > XmlText) without building
 * ProseMirror nodes, so it can look at deleted blocks as well as live ones.
 */
import * as Y from 'yjs';
import type { DiffBlock, DiffSegment } from '../../../shared/api/amendments.js';

/** Node types whose children are text: the blocks a difference is shown in. */
export const TEXTBLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'section_title']);

/** Any Yjs type seen as its list of items (elements, fragments, texts). */
type ItemList = { _start: Y.Item | null };

/** Says which entity wrote a client ID's structs (for colouring added and removed text). */
export type EntityOfClient = (client: number) => string | null;

/** Whether a struct is part of the document in a snapshot (Yjs's own isVisible is not exported). */
export function isVisibleIn(item: Y.Item, snapshot: Y.Snapshot): boolean {
  const state = snapshot.sv.get(item.id.client);
  return state !== undefined && state > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

/** Whether a text block is one the differences are shown in. */
export function isTextblock(type: unknown): type is Y.XmlElement {
  return type instanceof Y.XmlElement && TEXTBLOCKS.has(type.nodeName);
}

/** The text block a struct lies in (itself, for a text block), or null outside one. */
export function textblockOf(item: Y.Item): Y.XmlElement | null {
  let type: unknown = item.parent;
  while (type instanceof Y.AbstractType) {
    if (isTextblock(type)) return type;
    type = type._item?.parent ?? null;
  }
  return null;
}

/** Text blocks inside a type (itself included), whether live or deleted. */
export function textblocksWithin(type: ItemList, into: Set<Y.XmlElement>): void {
  if (isTextblock(type)) {
    into.add(type);
    return;
  }
  for (let item = type._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentType) textblocksWithin(item.content.type, into);
  }
}

/** The id of the section a block belongs to. */
export function sectionIdOf(block: Y.XmlElement): string | null {
  let type: unknown = block;
  while (type instanceof Y.AbstractType) {
    if (type instanceof Y.XmlElement && type.nodeName === 'section') {
      const id = type.getAttribute('id');
      return typeof id === 'string' ? id : null;
    }
    type = type._item?.parent ?? null;
  }
  return null;
}

interface YChange {
  type: 'added' | 'removed';
  user: number;
}

/** The segments of one text block between `previous` and `current`, adjacent runs merged. */
export function blockSegments(
  block: Y.XmlElement,
  current: Y.Snapshot,
  previous: Y.Snapshot,
  entityOf: EntityOfClient = () => null,
): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (segment: DiffSegment) => {
    const last = segments[segments.length - 1];
    if (
      last &&
      last.change === segment.change &&
      last.entityId === segment.entityId &&
      last.bold === segment.bold &&
      last.italic === segment.italic
    ) {
      last.text += segment.text;
    } else {
      segments.push(segment);
    }
  };
  for (let item = block._start; item !== null; item = item.right) {
    const inCurrent = isVisibleIn(item, current);
    const inPrevious = isVisibleIn(item, previous);
    if ((!inCurrent && !inPrevious) || !(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    if (type instanceof Y.XmlText) {
      const ops = type.toDelta(current, previous, (kind: YChange['type'], id: Y.ID): YChange => ({ type: kind, user: id.client })) as {
        insert: unknown;
        attributes?: { ychange?: YChange; strong?: unknown; em?: unknown };
      }[];
      for (const op of ops) {
        if (typeof op.insert !== 'string') continue;
        const change = op.attributes?.ychange ?? null;
        push({
          text: op.insert,
          change: change?.type ?? null,
          entityId: change ? entityOf(change.user) : null,
          bold: op.attributes?.strong !== undefined,
          italic: op.attributes?.em !== undefined,
        });
      }
    } else if (type instanceof Y.XmlElement && type.nodeName === 'hard_break') {
      const change = inCurrent && inPrevious ? null : inCurrent ? 'added' : 'removed';
      push({ text: '\n', change, entityId: change ? entityOf(item.id.client) : null, bold: false, italic: false });
    }
  }
  return segments;
}

/** Whether any segment is added or removed. */
export function hasChange(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.change !== null);
}

/** Characters added and removed across blocks. */
export function countChanges(blocks: readonly DiffBlock[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const block of blocks) {
    for (const segment of block.segments) {
      if (segment.change === 'added') added += segment.text.length;
      else if (segment.change === 'removed') removed += segment.text.length;
    }
  }
  return { added, removed };
}

/**
 * Every text block of the document in document order, live or deleted: the order lists show
 * changed blocks in. Deleted blocks keep their place in Yjs's item list.
 */
export function blockOrder(fragment: Y.XmlFragment): Map<Y.XmlElement, number> {
  const order = new Map<Y.XmlElement, number>();
  const visit = (type: ItemList) => {
    for (let item = type._start; item !== null; item = item.right) {
      if (!(item.content instanceof Y.ContentType)) continue;
      const child = item.content.type;
      if (isTextblock(child)) order.set(child, order.size);
      else visit(child);
    }
  };
  visit(fragment);
  return order;
}

/** The changed blocks of a whole document between two snapshots, in document order (version comparison). */
export function documentDiff(
  fragment: Y.XmlFragment,
  current: Y.Snapshot,
  previous: Y.Snapshot,
  entityOf?: EntityOfClient,
): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  for (const block of blockOrder(fragment).keys()) {
    const item = block._item;
    if (item && !isVisibleIn(item, current) && !isVisibleIn(item, previous)) continue;
    const segments = blockSegments(block, current, previous, entityOf);
    if (hasChange(segments)) blocks.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments });
  }
  return blocks;
}
