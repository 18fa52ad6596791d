/**
 * Drops the content of what a draft typed and then deleted, before anyone outside its entity can
 * receive it. Documents keep deleted content (gc off) for versions and attribution, so a draft's
 * discarded words would otherwise travel, invisible but readable, to every participant once the
 * amendment is submitted, and into the main text's history once it is merged.
 *
 * The update is rewritten as Yjs's own garbage collection would leave its text: a string the update
 * both creates and deletes keeps its place and length but no content (ContentDeleted), split where
 * only part of it was deleted. Text inside an element the draft deleted is deleted with it, so it is
 * redacted too. Everything that references those structs still integrates: ids, lengths, origins
 * and parents are unchanged.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { normalizedDeleteSet, visibleRuns, type TextView } from '../diff/textView.js';

type Struct = Y.Item | Y.GC | Y.Skip;

/** The update with the content of everything it created and deleted removed. */
export function redactDeletedContent(update: Uint8Array): Uint8Array {
  const { structs, ds } = Y.decodeUpdate(update);
  const deletions: TextView = { sv: new Map(), deleteSets: [normalizedDeleteSet(ds)] };
  for (const struct of structs) deletions.sv.set(struct.id.client, Number.MAX_SAFE_INTEGER);
  const isDeleted = (client: number, clock: number) => visibleRuns(deletions, client, clock, 1).length === 0;

  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    let list = byClient.get(struct.id.client);
    if (!list) byClient.set(struct.id.client, (list = []));
    list.push(struct);
  }

  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of [...byClient].sort(([a], [b]) => b - a)) {
    const out = list.flatMap((struct) => (struct instanceof Y.Item ? redactItem(struct, isDeleted) : [struct]));
    encoding.writeVarUint(encoder.restEncoder, out.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, out[0]!.id.clock);
    for (const struct of out) struct.write(encoder, 0);
  }
  writeDeleteSet(encoder, ds);
  return encoder.toUint8Array();
}

/** The item as one or more structs: the deleted parts of its text without content. */
function redactItem(item: Y.Item, isDeleted: (client: number, clock: number) => boolean): Struct[] {
  const { client, clock } = item.id;
  // Only typed words are redacted: elements, formatting and attributes carry no text of their own.
  if (!(item.content instanceof Y.ContentString)) return [item];
  // Runs of equal deletedness along the item.
  const runs: [start: number, end: number, deleted: boolean][] = [];
  for (let offset = 0; offset < item.length; offset++) {
    const deleted = isDeleted(client, clock + offset);
    const last = runs[runs.length - 1];
    if (last && last[2] === deleted) last[1] = offset + 1;
    else runs.push([offset, offset + 1, deleted]);
  }
  if (runs.length === 1 && !runs[0]![2]) return [item];
  const pieces: Struct[] = [];
  let content = item.content;
  runs.forEach(([start, end, deleted], index) => {
    // Split as Yjs does: the right part's origin is the last clock of the left part.
    const right = index + 1 < runs.length ? content.splice(end - start) : null;
    const id = Y.createID(client, clock + start);
    const origin = start === 0 ? item.origin : Y.createID(client, clock + start - 1);
    const parent = start === 0 ? item.parent : null;
    const piece = new Y.Item(id, null, origin, null, item.rightOrigin, parent, item.parentSub, deleted ? new Y.ContentDeleted(end - start) : content);
    pieces.push(piece);
    if (right) content = right;
  });
  return pieces;
}

/** Writes a delete set as Yjs's V1 encoding does (writeDeleteSet is not exported). */
function writeDeleteSet(encoder: Y.UpdateEncoderV1, ds: Y.Snapshot['ds']): void {
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size);
  for (const [client, items] of [...ds.clients].sort(([a], [b]) => b - a)) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, items.length);
    for (const item of items) {
      encoder.writeDsClock(item.clock);
      encoder.writeDsLen(item.len);
    }
  }
}
