/**
 * Which entity a change between two states of a main text belongs to, for colouring a comparison:
 * text that appeared belongs to whoever wrote it (the owner of its Yjs client id), text that
 * disappeared to whoever deleted it (the first update in the attribution log that deleted it).
 */
import type { DeletionRow } from '../../repositories/versions.js';

/** The kind of change a diff segment shows, seen from `from` to `to`. */
export type ChangeKind = 'added' | 'removed';

/**
 * Says which entity a changed struct belongs to. blockSegments calls it with the struct's client
 * id only; given also the struct's clock and the kind of change, a deleted struct is attributed to
 * its deleter rather than its writer.
 */
export type ChangeEntityOf = (client: number, clock?: number, change?: ChangeKind) => string | null;

/** What the attribution reads: the room's client id owners, and (only when needed) its deletions. */
export interface ChangeEntitySources {
  clientEntities: ReadonlyMap<number, string | null>;
  deletions: () => DeletionRow[];
}

/** [first clock, end clock, entity] of one deletion, kept in the order the log has them. */
type DeletedRange = [number, number, string | null];

/** Builds the attribution; `fromIsOlder` tells which way the comparison looks through time. */
export function changeEntityOf(sources: ChangeEntitySources, { fromIsOlder }: { fromIsOlder: boolean }): ChangeEntityOf {
  let deleted: Map<number, DeletedRange[]> | null = null;
  const deleterOf = (client: number, clock: number): string | null => {
    if (deleted === null) {
      deleted = new Map();
      for (const row of sources.deletions()) {
        for (const [rangeClient, start, length] of row.deleted) {
          let ranges = deleted.get(rangeClient);
          if (!ranges) deleted.set(rangeClient, (ranges = []));
          ranges.push([start, start + length, row.entityId]);
        }
      }
    }
    // The first range that holds the struct: later rows may repeat a deletion already made.
    const range = deleted.get(client)?.find(([start, end]) => start <= clock && clock < end);
    return range ? range[2] : null;
  };
  return (client, clock, change) => {
    // Looking forward, removed text disappeared; looking back (from the newer), added text did.
    const disappeared = change !== undefined && clock !== undefined && (change === 'removed') === fromIsOlder;
    return disappeared ? deleterOf(client, clock) : (sources.clientEntities.get(client) ?? null);
  };
}
