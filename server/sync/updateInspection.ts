/**
 * Looks inside a Yjs update before the server accepts it: can it be decoded, will every struct it
 * carries actually integrate (nothing it depends on is missing, nothing depends on itself), does it
 * write with another user's client ID, and what does it add and delete (for the attribution log).
 * Pure: takes the room's facts, returns a verdict. What it accepts, Y.applyUpdate applies fully,
 * leaving no hidden pending structs, so a stored update can never make a room unloadable.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CloseCode } from '../../shared/protocol/closeCodes.js';

/** A run of a client's clock: [client, first clock, length]. */
export type ClockRange = [client: number, clock: number, length: number];

/** What the room knows when an update arrives. */
export interface RoomFacts {
  /** The clock the server has reached for a client (Y.getState). */
  stateOf(client: number): number;
  /** The user a client ID is bound to, if any. */
  ownerOf(client: number): string | undefined;
  /** Root type names the document may hold. */
  allowedRoots: ReadonlySet<string>;
  /**
   * Element names and formatting keys the content may use (the ProseMirror schema). Anything else
   * would be dropped by y-prosemirror when the text is rendered, which deletes it from the Y.Doc it
   * reads: on the server, from a live room's document.
   */
  allowedContent?: { elements: ReadonlySet<string>; marks: ReadonlySet<string> };
  /**
   * The parts of a range of structs the server has that are not deleted yet. Without it every
   * deletion counts as new; with it, a delete set repeating old deletions (a fork's merged log
   * carries its base's) is attributed only for what it really removes.
   */
  stillVisible?(client: number, clock: number, length: number): ClockRange[];
}

/** The verdict on one update. */
export type Inspection =
  | {
      ok: true;
      /** Nothing new: neither structs the server lacks nor deletions. */
      noop: boolean;
      inserted: ClockRange[];
      deleted: ClockRange[];
      /** Client IDs this update writes with for the first time: bind them to the sender. */
      newClientIds: number[];
      /**
       * It also carries structs the server already has (a reconnecting client's step 2 may). Those
       * were not checked against their owner, so they must not be relayed as received.
       */
      carriesKnown: boolean;
    }
  | { ok: false; code: CloseCode; detail: string };

/** More writing clients than one browser's offline sessions could produce in one update. */
export const MAX_NEW_CLIENTS_PER_UPDATE = 32;

type Struct = Y.Item | Y.GC;
const refuse = (code: CloseCode, detail: string): Inspection => ({ ok: false, code, detail });

/** Inspects `update` sent by `userId` against the room's facts. */
export function inspectUpdate(update: Uint8Array, userId: string, room: RoomFacts): Inspection {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return refuse(CloseCode.MalformedFrame, `undecodable update: ${String(error)}`);
  }

  // Yjs keeps only the last block of a client, so a client in two blocks would silently lose one:
  // an update must have exactly one block (never an empty one) per client it carries.
  const blocks = decoding.readVarUint(decoding.createDecoder(update));
  const clients = new Set(decoded.structs.map((struct) => struct.id.client));
  if (blocks !== clients.size) return refuse(CloseCode.MalformedFrame, `${blocks} blocks for ${clients.size} clients`);

  // The structs the server lacks, per client, in clock order.
  const fresh = new Map<number, Struct[]>();
  let carriesKnown = false;
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id;
    if (struct instanceof Y.Skip) continue;
    if (clock < room.stateOf(client)) carriesKnown = true;
    if (clock + struct.length <= room.stateOf(client)) continue;
    let list = fresh.get(client);
    if (!list) {
      if (fresh.size >= MAX_NEW_CLIENTS_PER_UPDATE) return refuse(CloseCode.MalformedFrame, 'too many writing clients');
      fresh.set(client, (list = []));
    }
    list.push(struct);
  }

  const newClientIds: number[] = [];
  for (const [client, structs] of fresh) {
    const owner = room.ownerOf(client);
    if (owner !== undefined && owner !== userId) {
      return refuse(CloseCode.ForgedClientId, `client ${client} belongs to another user`);
    }
    if (owner === undefined) newClientIds.push(client);
    for (const struct of structs) {
      const parent: unknown = struct instanceof Y.Item ? struct.parent : null;
      if (typeof parent === 'string' && !room.allowedRoots.has(parent)) {
        return refuse(CloseCode.MalformedFrame, `unknown root type "${parent}"`);
      }
      const problem = room.allowedContent && struct instanceof Y.Item ? contentProblem(struct, room.allowedContent) : null;
      if (problem) return refuse(CloseCode.MalformedFrame, problem);
    }
  }

  // Integrate in the order Yjs would: a struct goes in once its predecessor of the same client and
  // every item it refers to are in. Whatever cannot go in (a gap, an unseen item, a cycle, a
  // reference forward in its own client) would sit as pending data forever.
  const reached = new Map<number, number>();
  const reach = (client: number): number => reached.get(client) ?? room.stateOf(client);
  const cursor = new Map<number, number>([...fresh.keys()].map((client) => [client, 0]));
  let remaining = [...fresh.values()].reduce((sum, list) => sum + list.length, 0);
  while (remaining > 0) {
    let progressed = false;
    for (const [client, structs] of fresh) {
      let index = cursor.get(client)!;
      while (index < structs.length) {
        const struct = structs[index]!;
        if (struct.id.clock > reach(client) || !dependenciesIn(struct, reach)) break;
        reached.set(client, Math.max(reach(client), struct.id.clock + struct.length));
        index++;
        remaining--;
        progressed = true;
      }
      cursor.set(client, index);
    }
    if (!progressed) {
      const [client, structs] = [...fresh].find(([c, list]) => cursor.get(c)! < list.length)!;
      const stuck = structs[cursor.get(client)!]!.id;
      return refuse(CloseCode.MissingDependencies, `${stuck.client}:${stuck.clock} depends on changes the server never saw`);
    }
  }

  const deleted: ClockRange[] = [];
  for (const [client, items] of decoded.ds.clients) {
    for (const item of items) {
      if (item.clock + item.len > reach(client)) {
        return refuse(CloseCode.MissingDependencies, `deletes unseen ${client}:${item.clock}`);
      }
      // Structs this update brings are new by definition; for the rest, only what is still there counts.
      const known = Math.min(item.clock + item.len, room.stateOf(client)) - item.clock;
      if (known > 0 && room.stillVisible) deleted.push(...room.stillVisible(client, item.clock, known));
      else if (known > 0) deleted.push([client, item.clock, known]);
      if (known < item.len) deleted.push([client, item.clock + Math.max(known, 0), item.len - Math.max(known, 0)]);
    }
  }

  const inserted: ClockRange[] = [];
  for (const [client, structs] of fresh) {
    const from = Math.max(structs[0]!.id.clock, room.stateOf(client));
    inserted.push([client, from, reach(client) - from]);
  }
  return { ok: true, noop: inserted.length === 0 && deleted.length === 0, inserted, deleted, newClientIds, carriesKnown };
}

/** Why an item's content does not fit the schema, or null when it does. */
function contentProblem(item: Y.Item, allowed: NonNullable<RoomFacts['allowedContent']>): string | null {
  const content = item.content;
  // An element's attributes (a section's id, a heading's level) are map entries holding plain values.
  if (item.parentSub !== null) return content instanceof Y.ContentAny || content instanceof Y.ContentDeleted ? null : 'an attribute that is not a plain value';
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlElement) return allowed.elements.has(type.nodeName) ? null : `unknown element "${type.nodeName}"`;
    return type instanceof Y.XmlText ? null : 'a shared type the text does not use';
  }
  if (content instanceof Y.ContentFormat) return allowed.marks.has(content.key) ? null : `unknown formatting "${content.key}"`;
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted) return null;
  return 'content the text does not use';
}

/** True when every item `struct` refers to (origin, right origin, parent) is integrated. */
function dependenciesIn(struct: Struct, reach: (client: number) => number): boolean {
  if (!(struct instanceof Y.Item)) return true;
  const parent: unknown = struct.parent;
  for (const id of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
    if (id !== null && id.clock >= reach(id.client)) return false;
  }
  return true;
}
