/**
 * Track changes of an amendment against the text it started from, as ProseMirror positions.
 *
 * The fork's Y.Doc (gc off) still holds every deleted struct, and the amendment's base snapshot says
 * what the text was. `XmlText.toDelta(now, base)` marks each run `added` or `removed`; the Y tree and
 * the ProseMirror document have the same shape (y-prosemirror writes each textblock as an
 * XmlElement of XmlText runs and hard_break elements), so walking both in parallel turns runs into
 * positions. Pure: no view, no DOM; the plugin in trackChangesPlugin.ts renders the result.
 */
import type { Node as PMNode } from 'prosemirror-model';
import * as Y from 'yjs';

/** A piece of removed text, with the formatting it had. */
export interface RemovedPart {
  text: string;
  bold: boolean;
  italic: boolean;
  /** A removed line break (hard_break) rather than text. */
  lineBreak: boolean;
}

/** One change to show. */
export type TrackedChange =
  /** Text the amendment inserted, present in the document between `from` and `to`. */
  | { kind: 'added'; from: number; to: number }
  /** Text it deleted inside a block that is still there: shown (not editable) at `pos`. */
  | { kind: 'removed'; pos: number; parts: RemovedPart[]; key: string }
  /** A whole block it deleted (a paragraph, a list item): its textblocks' text, shown at `pos`. */
  | { kind: 'removedBlock'; pos: number; blocks: RemovedPart[][]; inList: boolean; key: string };

/** What a `ychange` attribute holds, as computeYChange below builds it. */
interface YChange {
  type: 'added' | 'removed';
  user: number;
  /** The id of the run's first struct: a stable key for its widget. */
  id: string;
}

interface DeltaOp {
  insert: unknown;
  attributes?: { ychange?: YChange; strong?: unknown; em?: unknown };
}

/** A Yjs type seen as its item list (the typings keep `_start` on AbstractType). */
type ItemList = { _start: Y.Item | null };

const computeYChange = (type: 'added' | 'removed', id: Y.ID): YChange => ({
  type,
  user: id.client,
  id: `${id.client}:${id.clock}`,
});

/** Whether a struct is part of the document in a snapshot (Yjs's own isVisible is not exported). */
function isVisibleIn(item: Y.Item, snapshot: Y.Snapshot): boolean {
  const state = snapshot.sv.get(item.id.client);
  return state !== undefined && state > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}

interface Walk {
  now: Y.Snapshot;
  base: Y.Snapshot;
  out: TrackedChange[];
}

function deltaOf(text: Y.XmlText, now: Y.Snapshot | undefined, base: Y.Snapshot): DeltaOp[] {
  return text.toDelta(now, base, computeYChange) as DeltaOp[];
}

/** Node types whose children are text (as in server/domain/diff/blockDiff.ts). */
const TEXTBLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'section_title']);

/** The text a deleted block had in the base, one list of parts per textblock inside it. */
function baseTextblocks(element: Y.XmlElement, walk: Walk, into: RemovedPart[][]): void {
  const textblock = TEXTBLOCKS.has(element.nodeName);
  const parts: RemovedPart[] = [];
  for (let item = element._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType) || !isVisibleIn(item, walk.base)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText) {
      // Only the base snapshot: the text as it was, without change marks.
      for (const op of child.toDelta(walk.base) as DeltaOp[]) {
        if (typeof op.insert === 'string') parts.push(part(op));
      }
    } else if (child instanceof Y.XmlElement && textblock) {
      parts.push({ text: '\n', bold: false, italic: false, lineBreak: true });
    } else if (child instanceof Y.XmlElement) {
      baseTextblocks(child, walk, into);
    }
  }
  if (textblock) into.push(parts);
}

function part(op: DeltaOp): RemovedPart {
  return {
    text: op.insert as string,
    bold: op.attributes?.strong !== undefined,
    italic: op.attributes?.em !== undefined,
    lineBreak: false,
  };
}

/**
 * The Yjs id of each character of a text's delta, by its index in the delta's text. The items are
 * those toDelta read, already split where a snapshot cuts them (same transaction).
 */
function charIdsOf(text: Y.XmlText, walk: Walk): (index: number) => Y.ID | null {
  const runs: { start: number; item: Y.Item }[] = [];
  let length = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentString)) continue;
    if (!isVisibleIn(item, walk.now) && !isVisibleIn(item, walk.base)) continue;
    runs.push({ start: length, item });
    length += item.length;
  }
  let cursor = 0;
  return (index) => {
    // Asked in increasing order, almost always: walk forward from the last answer.
    if (runs[cursor] !== undefined && runs[cursor]!.start > index) cursor = 0;
    while (runs[cursor + 1] !== undefined && runs[cursor + 1]!.start <= index) cursor++;
    const run = runs[cursor];
    return run === undefined ? null : Y.createID(run.item.id.client, run.item.id.clock + index - run.start);
  };
}

/**
 * How many characters at the end of an inserted run were typed before its first one. y-prosemirror
 * writes the smallest character diff without looking at the cursor, so typing "Cyber " before
 * "Clear" is stored as "C" + "yber C" + "lear": the first "C" typed lands after the old one.
 */
function typedFirstAtEnd(idAt: (index: number) => Y.ID | null, start: number, length: number): number {
  const first = idAt(start);
  let count = 0;
  for (let index = start + length - 1; index > start; index--) {
    const id = idAt(index);
    if (first === null || id === null || id.client !== first.client || id.clock > first.clock) break;
    count++;
  }
  return count;
}

/**
 * Moves such an insertion back over the identical characters before it ("Cyber " + "Clear"), so the
 * marking shows what the user typed. Only the marking moves, never the text; it never crosses
 * another change.
 */
function settleInsertions(changes: readonly TrackedChange[], settle: ReadonlyMap<TrackedChange, number>, node: PMNode, start: number): void {
  const charAt = (pos: number) => {
    const offset = pos - start;
    return offset >= 0 && offset < node.content.size ? node.textBetween(offset, offset + 1, '\n', '\n') : '';
  };
  const boundaries = new Set<number>();
  for (const change of changes) boundaries.add(change.kind === 'added' ? change.to : change.pos);
  for (const change of changes) {
    if (change.kind !== 'added') continue;
    for (let left = settle.get(change) ?? 0; left > 0 && change.from > start && !boundaries.has(change.from); left--) {
      const before = charAt(change.from - 1);
      if (before === '' || before === '\n' || before !== charAt(change.to - 1)) break;
      change.from--;
      change.to--;
    }
  }
}

/** Walks one textblock; false when the Y and ProseMirror contents disagree. */
function walkTextblock(element: Y.XmlElement, node: PMNode, start: number, walk: Walk): boolean {
  const first = walk.out.length;
  const settle = new Map<TrackedChange, number>();
  let offset = start;
  let removed: { pos: number; parts: RemovedPart[]; key: string } | null = null;
  const flushRemoved = () => {
    if (removed === null) return;
    const key = `r:${removed.key}:${removed.parts.map((p) => p.text).join('')}`;
    walk.out.push({ kind: 'removed', pos: removed.pos, parts: removed.parts, key });
    removed = null;
  };
  const addRemoved = (piece: RemovedPart, id: string) => {
    if (removed === null || removed.pos !== offset) {
      flushRemoved();
      removed = { pos: offset, parts: [], key: id };
    }
    removed.parts.push(piece);
  };
  for (let item = element._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    const now = !item.deleted;
    const before = isVisibleIn(item, walk.base);
    if (!now && !before) continue;
    if (child instanceof Y.XmlText) {
      const ops = deltaOf(child, walk.now, walk.base);
      const idAt = charIdsOf(child, walk);
      let textIndex = 0;
      for (const op of ops) {
        if (typeof op.insert !== 'string') return false;
        const length = op.insert.length;
        const change = op.attributes?.ychange;
        if (change?.type === 'removed') {
          addRemoved(part(op), change.id);
          textIndex += length;
          continue;
        }
        flushRemoved();
        if (change?.type === 'added') {
          const added: TrackedChange = { kind: 'added', from: offset, to: offset + length };
          walk.out.push(added);
          const early = typedFirstAtEnd(idAt, textIndex, length);
          if (early > 0) settle.set(added, early);
        }
        offset += length;
        textIndex += length;
      }
    } else if (child instanceof Y.XmlElement) {
      if (now) {
        flushRemoved();
        offset += 1; // an inline leaf (hard_break)
      } else {
        addRemoved({ text: '\n', bold: false, italic: false, lineBreak: true }, `${item.id.client}:${item.id.clock}`);
      }
    }
  }
  flushRemoved();
  if (offset !== start + node.content.size) return false;
  if (settle.size > 0) settleInsertions(walk.out.slice(first), settle, node, start);
  return true;
}

/** Walks a node whose children are blocks; false when the Y and ProseMirror trees disagree. */
function walkContainer(type: ItemList, node: PMNode, start: number, walk: Walk): boolean {
  let index = 0;
  let pos = start;
  for (let item = type._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (!item.deleted) {
      const pmChild = node.maybeChild(index);
      if (pmChild === null || !(child instanceof Y.XmlElement) || child.nodeName !== pmChild.type.name) return false;
      const ok = pmChild.isTextblock
        ? walkTextblock(child, pmChild, pos + 1, walk)
        : pmChild.isLeaf || walkContainer(child, pmChild, pos + 1, walk);
      if (!ok) return false;
      pos += pmChild.nodeSize;
      index++;
    } else if (child instanceof Y.XmlElement && isVisibleIn(item, walk.base)) {
      const blocks: RemovedPart[][] = [];
      baseTextblocks(child, walk, blocks);
      const inList = node.type.name === 'bullet_list' || node.type.name === 'ordered_list';
      walk.out.push({ kind: 'removedBlock', pos, blocks, inList, key: `b:${item.id.client}:${item.id.clock}` });
    }
  }
  return index === node.childCount;
}

/**
 * The changes of `fragment` (the fork's live content) against `base`, as positions in `doc` (the
 * editor's document for that content). Null when the two disagree, e.g. in the instant between a
 * ProseMirror transaction and y-prosemirror writing it to Yjs: the caller keeps what it showed.
 */
export function trackedChanges(fragment: Y.XmlFragment, doc: PMNode, base: Y.Snapshot): TrackedChange[] | null {
  const ydoc = fragment.doc;
  if (ydoc === null) return null;
  const walk: Walk = { now: Y.snapshot(ydoc), base, out: [] };
  let ok = false;
  // One transaction for the whole pass: toDelta splits the structs a snapshot cuts through once per
  // transaction and snapshot, instead of once per text. 'cleanup' changes nothing anyone observes.
  ydoc.transact(() => {
    ok = walkContainer(fragment, doc, 0, walk);
  }, 'cleanup');
  return ok ? walk.out : null;
}
