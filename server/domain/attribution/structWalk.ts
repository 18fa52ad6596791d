/**
 * One pass over a Y.Doc's structs against attributed clock segments, and the section a struct lies
 * in. The live main text (gc off) keeps its deleted structs, so both what is visible now and what
 * was ever written can be read from it.
 */
import * as Y from 'yjs';
import type { Attribution, Segment } from './clockMap.js';

/** A struct of a client's list in the store. */
export type Struct = Y.Item | Y.GC;

/** What a walk is told about each attributed piece of a struct. */
export type PieceVisitor = (struct: Struct, clock: number, length: number, attribution: Attribution) => void;

/**
 * Visits every piece of one client's `structs` (in clock order, as the store keeps them) cut along
 * `segments`; clocks no segment covers go to `fallback`, or are skipped when it is null. Linear in
 * structs plus segments.
 */
export function walkAttributed(
  structs: readonly Struct[],
  segments: readonly Segment[],
  fallback: Attribution | null,
  visit: PieceVisitor,
): void {
  let index = 0;
  for (const struct of structs) {
    const start = struct.id.clock;
    const end = start + struct.length;
    while (index < segments.length && segments[index]!.clock + segments[index]!.length <= start) index++;
    let position = start;
    while (position < end) {
      const segment = segments[index];
      if (segment && segment.clock <= position) {
        const segmentEnd = segment.clock + segment.length;
        const pieceEnd = Math.min(end, segmentEnd);
        visit(struct, position, pieceEnd - position, segment.attribution);
        position = pieceEnd;
        if (segmentEnd <= position) index++;
        continue;
      }
      const gapEnd = Math.min(end, segment ? segment.clock : end);
      if (fallback) visit(struct, position, gapEnd - position, fallback);
      position = gapEnd;
    }
  }
}

/** Text a reader sees: a string struct that is not deleted. */
export function isVisibleText(struct: Struct): boolean {
  return struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentString;
}

/**
 * Characters a struct holds (deleted or not), 0 for anything that is not text. Text a draft typed and
 * deleted is merged without its content (ContentDeleted, see redactDraft.ts): it still counts.
 */
export function textLength(struct: Struct): number {
  if (!(struct instanceof Y.Item)) return 0;
  const text = struct.content instanceof Y.ContentString || (struct.content instanceof Y.ContentDeleted && struct.parent instanceof Y.XmlText);
  return text ? struct.length : 0;
}

/**
 * A function giving the id of the section (an XmlElement 'section', attribute id) a struct lies in,
 * or null outside every section. Remembers each type's answer, so a whole document costs one visit
 * per type, not one climb per struct.
 */
export function sectionFinder(): (struct: Struct) => string | null {
  const known = new Map<Y.AbstractType<unknown>, string | null>();
  const ofType = (type: unknown): string | null => {
    if (!(type instanceof Y.AbstractType)) return null;
    const remembered = known.get(type);
    if (remembered !== undefined) return remembered;
    const id =
      type instanceof Y.XmlElement && type.nodeName === 'section' ? attributeOf(type, 'id') : ofType(type._item?.parent ?? null);
    known.set(type, id);
    return id;
  };
  return (struct) => (struct instanceof Y.Item ? ofType(struct.parent) : null);
}

/** An attribute's value even when its element was deleted (getAttribute hides deleted entries). */
function attributeOf(element: Y.XmlElement, name: string): string | null {
  const item = element._map.get(name);
  if (!item) return null;
  const values: unknown[] = item.content.getContent();
  const value = values[values.length - 1];
  return typeof value === 'string' ? value : null;
}
