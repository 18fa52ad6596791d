/**
 * Text differences between two snapshots of one Y.Doc (gc off), block by block: what lists, the
 * two-column view, version comparison and the exports show. Reads the Yjs structure that
 * y-prosemirror writes (section > paragraph|heading|section_title|lists > XmlText) without building
 * ProseMirror nodes, so it can look at deleted blocks as well as live ones.
 */
import * as Y from 'yjs';
import type { DiffBlock, DiffSegment } from '../../../shared/api/amendments.js';
import { isVisibleInView, spanState, viewOf, visibleRuns, type TextView } from './textView.js';

/** Node types whose children are text: the blocks a difference is shown in. */
export const TEXTBLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'section_title']);

/** Any Yjs type seen as its list of items (elements, fragments, texts). */
type ItemList = { _start: Y.Item | null };

/**
 * Says which entity a changed struct belongs to (for colouring): given its client, its first clock
 * and the kind of change, so removed text can be attributed to whoever deleted it.
 */
export type EntityOfClient = (client: number, clock: number, change: 'added' | 'removed') => string | null;

/** Whether a struct is part of the document in a snapshot or view. */
export function isVisibleIn(item: Y.Item, snapshot: Y.Snapshot | TextView): boolean {
  return isVisibleInView(item, viewOf(snapshot));
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

type Marks = Pick<DiffSegment, 'bold' | 'italic'>;

/**
 * The segments of one text block between `previous` and `current` (snapshots or views), adjacent
 * runs merged. Marks follow the formatting visible in `current`.
 */
export function blockSegments(
  block: Y.XmlElement,
  current: Y.Snapshot | TextView,
  previous: Y.Snapshot | TextView,
  entityOf: EntityOfClient = () => null,
): DiffSegment[] {
  const now = viewOf(current);
  const before = viewOf(previous);
  const segments: TrackedSegment[] = [];
  const push = (text: string, change: DiffSegment['change'], client: number, clock: number, marks: Marks) => {
    const entityId = change ? entityOf(client, clock, change) : null;
    const last = segments[segments.length - 1];
    // Character ids matter only for settling insertions: unchanged text (most of it) keeps none.
    if (last && last.change === change && last.entityId === entityId && last.bold === marks.bold && last.italic === marks.italic) {
      last.text += text;
      if (change === 'added') last.ids.push([client, clock, text.length]);
    } else {
      segments.push({ text, change, entityId, bold: marks.bold, italic: marks.italic, ids: change === 'added' ? [[client, clock, text.length]] : [] });
    }
  };
  for (let item = block._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentType)) continue;
    const type = item.content.type;
    const inNow = isVisibleInView(item, now);
    const inBefore = isVisibleInView(item, before);
    if (!inNow && !inBefore) continue;
    if (type instanceof Y.XmlText) {
      textSegments(type, now, before, push);
    } else if (type instanceof Y.XmlElement && type.nodeName === 'hard_break') {
      push('\n', inNow && inBefore ? null : inNow ? 'added' : 'removed', item.id.client, item.id.clock, { bold: false, italic: false });
    }
  }
  return settleInsertions(segments).map(({ ids: _ids, ...segment }) => segment);
}

/** A segment with the Yjs ids of its characters, as [client, first clock, length] runs in text order. */
type TrackedSegment = DiffSegment & { ids: [number, number, number][] };

/**
 * How many characters at the end of an inserted run were typed before its first one: the trace of
 * y-prosemirror storing typing as the smallest character diff, blind to the cursor ("Cyber " typed
 * before "Clear" is stored as "C" + "yber C" + "lear").
 */
function typedBeforeFirst(segment: TrackedSegment): number {
  const [firstClient, firstClock] = segment.ids[0] ?? [0, 0];
  let count = 0;
  for (let run = segment.ids.length - 1; run >= 0; run--) {
    const [client, clock, length] = segment.ids[run]!;
    for (let offset = length - 1; offset >= (run === 0 ? 1 : 0); offset--) {
      if (client !== firstClient || clock + offset >= firstClock) return count;
      count++;
    }
  }
  return count;
}

/**
 * Moves such an inserted run back over the identical unchanged characters before it, so the
 * marking shows what was typed, as the editor's live marking does. Only the marking moves, never
 * the text, and only as far as the typing order shows.
 */
function settleInsertions(segments: TrackedSegment[]): TrackedSegment[] {
  const sameMarks = (a: DiffSegment, b: DiffSegment) => a.bold === b.bold && a.italic === b.italic;
  for (let index = 1; index < segments.length; index++) {
    const added = segments[index]!;
    const before = segments[index - 1]!;
    if (added.change !== 'added' || before.change !== null || !sameMarks(added, before)) continue;
    let next = segments[index + 1];
    for (let left = typedBeforeFirst(added); left > 0 && before.text.length > 0; left--) {
      const last = added.text.charCodeAt(added.text.length - 1);
      if (last !== before.text.charCodeAt(before.text.length - 1) || (last >= 0xd800 && last <= 0xdfff) || last === 10) break;
      const char = added.text.slice(-1);
      before.text = before.text.slice(0, -1);
      added.text = char + added.text.slice(0, -1);
      if (next && next.change === null && sameMarks(next, added)) {
        next.text = char + next.text;
      } else {
        next = { text: char, change: null, entityId: null, bold: added.bold, italic: added.italic, ids: [] };
        segments.splice(index + 1, 0, next);
      }
    }
  }
  return segments.filter((segment) => segment.text.length > 0);
}

/** Whether clocks `clock … clock+length` of `client` exist in a view, all, none or some (deletions aside). */
function clockSpan(view: TextView, client: number, clock: number, length: number): 'all' | 'none' | 'mixed' {
  const state = view.sv.get(client) ?? 0;
  return state <= clock ? 'none' : state >= clock + length ? 'all' : 'mixed';
}

/** Walks one XmlText's structs, splitting each string where its visibility differs between the views. */
function textSegments(
  text: Y.XmlText,
  now: TextView,
  before: TextView,
  push: (text: string, change: DiffSegment['change'], client: number, clock: number, marks: Marks) => void,
): void {
  const marks: Marks = { bold: false, italic: false };
  for (let item = text._start; item !== null; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (!isVisibleInView(item, now)) continue;
      if (content.key === 'strong') marks.bold = content.value !== null;
      if (content.key === 'em') marks.italic = content.value !== null;
      continue;
    }
    if (!(content instanceof Y.ContentString)) continue;
    const { client, clock } = item.id;
    // Every view compared on a document holds deletions that happened in it: a struct the document
    // has not deleted is deleted in none of them, and only the state vectors decide.
    const spanNow = item.deleted ? spanState(now, client, clock, item.length) : clockSpan(now, client, clock, item.length);
    const spanBefore = item.deleted ? spanState(before, client, clock, item.length) : clockSpan(before, client, clock, item.length);
    if (spanNow === 'none' && spanBefore === 'none') continue;
    if (spanNow === 'all' && spanBefore === 'all') {
      push(content.str, null, client, clock, marks);
      continue;
    }
    const inNow = visibleRuns(now, client, clock, item.length);
    const inBefore = visibleRuns(before, client, clock, item.length);
    if (inNow.length === 0 && inBefore.length === 0) continue;
    const cuts = new Set<number>([clock, clock + item.length]);
    for (const [from, to] of [...inNow, ...inBefore]) cuts.add(from).add(to);
    const points = [...cuts].sort((a, b) => a - b);
    const covers = (runs: [number, number][], at: number) => runs.some(([from, to]) => from <= at && at < to);
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index]!;
      const to = points[index + 1]!;
      const isNow = covers(inNow, from);
      const wasBefore = covers(inBefore, from);
      if (!isNow && !wasBefore) continue;
      const change = isNow && wasBefore ? null : isNow ? 'added' : 'removed';
      push(content.str.slice(from - clock, to - clock), change, client, from, { ...marks });
    }
  }
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
  current: Y.Snapshot | TextView,
  previous: Y.Snapshot | TextView,
  entityOf?: EntityOfClient,
): DiffBlock[] {
  const now = viewOf(current);
  const before = viewOf(previous);
  const blocks: DiffBlock[] = [];
  for (const block of blockOrder(fragment).keys()) {
    const item = block._item;
    if (item && !isVisibleInView(item, now) && !isVisibleInView(item, before)) continue;
    const segments = blockSegments(block, now, before, entityOf);
    if (hasChange(segments)) blocks.push({ sectionId: sectionIdOf(block), kind: block.nodeName, segments });
  }
  return blocks;
}

/**
 * The blocks with long unchanged stretches shortened to `context` characters on each side of a
 * change ("…" marks a cut): what a list shows, where a change in a long paragraph matters, not the
 * whole paragraph.
 */
export function trimContext(blocks: readonly DiffBlock[], context = 160): DiffBlock[] {
  return blocks.map((block) => {
    const segments = block.segments.map((segment, index) => {
      if (segment.change !== null || segment.text.length <= 2 * context + 1) return segment;
      const first = index === 0;
      const last = index === block.segments.length - 1;
      if (first && last) return segment;
      if (first) return { ...segment, text: `…${segment.text.slice(-context)}` };
      if (last) return { ...segment, text: `${segment.text.slice(0, context)}…` };
      return { ...segment, text: `${segment.text.slice(0, context)} … ${segment.text.slice(-context)}` };
    });
    return { ...block, segments };
  });
}
