/** What a room's document may hold, and what of it is still there: the facts the update gate reads. */
import * as Y from 'yjs';
import { schema } from '../../shared/schema/schema.js';
import type { ClockRange } from './updateInspection.js';

/** The ProseMirror content's root type: the only root a client may write to. */
export const ALLOWED_ROOTS: ReadonlySet<string> = new Set(['prosemirror']);

/** What the content may hold: the schema's nodes (as y-prosemirror names its elements) and marks. */
export const ALLOWED_CONTENT = {
  elements: new Set(Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text')),
  marks: new Set(Object.keys(schema.marks)),
};

/** The parts of a run of a document's structs that are not deleted yet. */
export function stillVisible(doc: Y.Doc, client: number, clock: number, length: number): ClockRange[] {
  const visible: ClockRange[] = [];
  const end = clock + length;
  for (let at = clock; at < end; ) {
    const struct = Y.getItem(doc.store, Y.createID(client, at));
    const structEnd = struct.id.clock + struct.length;
    if (struct instanceof Y.Item && !struct.deleted) {
      const last = visible[visible.length - 1];
      const to = Math.min(structEnd, end);
      if (last && last[1] + last[2] === at) last[2] += to - at;
      else visible.push([client, at, to - at]);
    }
    at = structEnd;
  }
  return visible;
}
