/**
 * A main text's attribution resolved clock by clock: who inserted each struct and who deleted it
 * first. Accepting an amendment stores its merge as one row under the proposing user; who actually
 * wrote or deleted each part of it (the author, co-drafters, or the lead adjusting it before
 * "aanvaard mits wijziging") is read from the amendment room's own log, whose structs are the same.
 * The log is append-only, so the result is built once and then folds in only the rows since.
 */
import { amendmentRoom } from '../../../shared/protocol/rooms.js';
import type { ClockRange } from '../../sync/updateInspection.js';
import type { AttributionLog, LogRow } from '../../repositories/attributionLog.js';
import { ClockMap, type Attribution } from './clockMap.js';

/** Who inserted and who first deleted each clock, as of log row `seq`. */
export interface ResolvedAttribution {
  seq: number;
  inserted: ClockMap;
  deleted: ClockMap;
}

/** An amendment room's own log as clock maps, each attribution naming the amendment. */
export interface ForkAttribution {
  inserted: ClockMap;
  deleted: ClockMap;
}

/** An empty resolution, before any row. */
export function emptyResolution(): ResolvedAttribution {
  return { seq: 0, inserted: new ClockMap(), deleted: new ClockMap() };
}

/** The attribution of an amendment room's rows, each naming `amendmentId`. */
export function forkAttribution(rows: readonly LogRow[], amendmentId: string): ForkAttribution {
  const fork: ForkAttribution = { inserted: new ClockMap(), deleted: new ClockMap() };
  for (const row of rows) {
    const attribution: Attribution = { userId: row.userId, entityId: row.entityId, at: row.at, amendmentId };
    for (const [client, clock, length] of row.inserted) fork.inserted.claim(client, clock, length, attribution);
    for (const [client, clock, length] of row.deleted) fork.deleted.claim(client, clock, length, attribution);
  }
  return fork;
}

/**
 * Folds main-text rows (in seq order) into `into`. A row naming an amendment is cut along the
 * amendment room's attribution (`forkOf`); what that does not cover stays the row's own.
 */
export function foldRows(into: ResolvedAttribution, rows: Iterable<LogRow>, forkOf: (amendmentId: string) => ForkAttribution): void {
  for (const row of rows) {
    const own: Attribution = { userId: row.userId, entityId: row.entityId, at: row.at, amendmentId: row.amendmentId };
    const fork = row.amendmentId === null ? null : forkOf(row.amendmentId);
    claimAll(into.inserted, row.inserted, own, fork?.inserted ?? null);
    claimAll(into.deleted, row.deleted, own, fork?.deleted ?? null);
    into.seq = row.seq;
  }
}

function claimAll(map: ClockMap, ranges: readonly ClockRange[], own: Attribution, fork: ClockMap | null): void {
  for (const [client, clock, length] of ranges) {
    if (!fork) {
      map.claim(client, clock, length, own);
      continue;
    }
    for (const piece of fork.overlay(client, clock, length, own)) map.claim(client, piece.clock, piece.length, piece.attribution);
  }
}

/** Keeps each main text's resolution up to date with its log, for one database. */
export class AttributionIndex {
  private readonly rooms = new Map<string, ResolvedAttribution>();

  constructor(private readonly log: AttributionLog) {}

  /** The room's resolution, with every row stored so far folded in. */
  of(room: string): ResolvedAttribution {
    let resolved = this.rooms.get(room);
    if (!resolved) this.rooms.set(room, (resolved = emptyResolution()));
    // The rows are streamed, and the database cannot be asked anything meanwhile: the forks first.
    // A merged fork is frozen (accepted amendments take no more edits), so its log is read once.
    const forks = new Map(
      this.log
        .amendmentsMergedAfter(room, resolved.seq)
        .map((id) => [id, forkAttribution(this.log.rowsAfter(amendmentRoom(id), 0), id)] as const),
    );
    const noFork: ForkAttribution = { inserted: new ClockMap(), deleted: new ClockMap() };
    foldRows(resolved, this.log.eachRowAfter(room, resolved.seq), (id) => forks.get(id) ?? noFork);
    return resolved;
  }
}
