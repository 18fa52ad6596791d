/**
 * Keeps, per document, what deriving its open amendments' changes needs, up to date as rooms commit:
 * an overlay Y.Doc holding the main text's structs plus every open fork's own, each fork's own clocks
 * and deletions (from its attribution log: exactly what it added and removed), and the last main-text
 * update that touched each text block. Listing 200 amendments then costs a snapshot of the main
 * text and the blocks that changed since the last list, not a copy of the main text per request.
 * An overlay unused for a while is dropped and rebuilt on demand (one copy of the main text).
 */
import * as Y from 'yjs';
import { isOpen } from '../../../shared/domain/amendmentRules.js';
import { amendmentRoom, documentRoom, parseRoomName } from '../../../shared/protocol/rooms.js';
import type { AmendmentRecord, AmendmentRepository } from '../../repositories/amendments.js';
import type { Db } from '../../storage/database.js';
import type { RoomRegistry } from '../../sync/RoomRegistry.js';
import type { AttributionEntry, RoomStorage } from '../../sync/types.js';
import type { ClockRange } from '../../sync/updateInspection.js';
import { blockOrder } from '../diff/blockDiff.js';
import { normalizedDeleteSet, viewOf, type TextView } from '../diff/textView.js';
import { addBlocksOf, addInserted, blocksOfFork, changesOfFork, eachItem, type ForkChanges, type ForkState } from './forkChanges.js';
import { ownUpdateOf } from './forkBase.js';

interface IndexedFork extends ForkState {
  baseSeq: number;
  /** Bumped on every commit of the fork. */
  version: number;
  /** The blocks its structs lie in, as of `version` (they never move; only the fork's commits add to them). */
  blocks: { version: number; set: Set<Y.XmlElement> } | null;
  cached: { key: string; result: ForkChanges } | null;
}

interface Overlay {
  doc: Y.Doc;
  forks: Map<string, IndexedFork>;
  /** Last main-text update number that touched each block (since the oldest open fork began). */
  blockSeq: Map<Y.XmlElement, number>;
  timer: NodeJS.Timeout | null;
}

/** What the index reads. */
export interface AmendmentIndexDeps {
  db: Db;
  rooms: RoomRegistry;
  roomStorage: RoomStorage;
  amendments: AmendmentRepository;
  /** How long an unused overlay is kept. */
  idleMs?: number;
}

/** The amendments' changes, kept current. */
export class AmendmentIndex {
  private readonly overlays = new Map<string, Overlay>();
  private readonly documentOfAmendment = new Map<string, string | null>();

  constructor(private readonly deps: AmendmentIndexDeps) {}

  /** The registry's commit listener: keeps loaded overlays in step with every room. */
  onCommitted(roomName: string, update: Uint8Array, attribution: AttributionEntry, seq: number): void {
    const room = parseRoomName(roomName);
    if (!room) return;
    if (room.kind === 'doc') {
      const overlay = this.overlays.get(room.documentId);
      if (!overlay) return;
      Y.applyUpdate(overlay.doc, update);
      markBlocks(overlay, [...attribution.inserted, ...attribution.deleted], seq);
      return;
    }
    const documentId = this.documentOf(room.amendmentId);
    const overlay = documentId ? this.overlays.get(documentId) : undefined;
    if (!overlay) return;
    const fork = overlay.forks.get(room.amendmentId);
    if (!fork) {
      const amendment = this.deps.amendments.get(room.amendmentId);
      if (amendment && isOpen(amendment.status)) this.loadFork(overlay, amendment);
      return;
    }
    Y.applyUpdate(overlay.doc, update);
    for (const range of attribution.inserted) addInserted(fork, range);
    fork.deleted.push(...attribution.deleted);
    fork.ds = deleteSetOf(fork.deleted);
    fork.version += 1;
  }

  /** The changes of open amendments of one document against its main text now (pass only those the caller may see). */
  changes(documentId: string, amendments: readonly AmendmentRecord[]): Map<string, ForkChanges> {
    const result = new Map<string, ForkChanges>();
    if (amendments.length === 0) return result;
    const overlay = this.overlay(documentId);
    const mainView = viewOf(this.deps.rooms.read(documentRoom(documentId), (main) => main.snapshot()));
    let order: Map<Y.XmlElement, number> | null = null;
    const orderOnce = () => (order ??= blockOrder(overlay.doc.getXmlFragment('prosemirror')));
    for (const amendment of amendments) {
      const fork = overlay.forks.get(amendment.id) ?? this.loadFork(overlay, amendment);
      if (fork.blocks?.version !== fork.version) fork.blocks = { version: fork.version, set: blocksOfFork(overlay.doc, fork) };
      const blocks = fork.blocks.set;
      let newest = 0;
      for (const block of blocks) newest = Math.max(newest, overlay.blockSeq.get(block) ?? 0);
      const key = `${fork.version}:${newest}`;
      if (fork.cached?.key !== key) {
        const changedSince = (block: Y.XmlElement) => (overlay.blockSeq.get(block) ?? 0) > fork.baseSeq;
        let base: TextView | null = null;
        const baseView = () => (base ??= viewOf(Y.decodeSnapshot(this.deps.amendments.snapshots(amendment.id)!.base)));
        fork.cached = { key, result: changesOfFork(fork, blocks, mainView, orderOnce, changedSince, baseView) };
      }
      result.set(amendment.id, fork.cached.result);
    }
    return result;
  }

  /** Forgets a decided or withdrawn amendment (its structs stay in the overlay, invisible to every view). */
  forget(amendment: AmendmentRecord): void {
    this.overlays.get(amendment.documentId)?.forks.delete(amendment.id);
  }

  /** Drops every overlay (shutdown). */
  clear(): void {
    for (const documentId of [...this.overlays.keys()]) this.drop(documentId);
  }

  private overlay(documentId: string): Overlay {
    let overlay = this.overlays.get(documentId);
    if (!overlay) {
      overlay = this.build(documentId);
      this.overlays.set(documentId, overlay);
    }
    if (overlay.timer) clearTimeout(overlay.timer);
    overlay.timer = setTimeout(() => this.drop(documentId), this.deps.idleMs ?? 10 * 60_000);
    overlay.timer.unref();
    return overlay;
  }

  private build(documentId: string): Overlay {
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, this.deps.rooms.read(documentRoom(documentId), (main) => main.encodeState()));
    const overlay: Overlay = { doc, forks: new Map(), blockSeq: new Map(), timer: null };
    const open = this.deps.amendments.listForDocument(documentId).filter((amendment) => isOpen(amendment.status));
    const since = Math.min(...open.map((amendment) => amendment.baseSeq), this.deps.amendments.lastSeq(documentRoom(documentId)));
    for (const row of attributionRows(this.deps.db, documentRoom(documentId), since)) {
      markBlocks(overlay, [...row.inserted, ...row.deleted], row.seq);
    }
    // Forks are loaded when someone who may see them asks (changes()): another entity's drafts cost
    // a caller nothing it cannot see.
    return overlay;
  }

  private loadFork(overlay: Overlay, amendment: AmendmentRecord): IndexedFork {
    const own = ownUpdateOf(this.deps.roomStorage, amendment.id);
    if (own) Y.applyUpdate(overlay.doc, own);
    const fork: IndexedFork = {
      id: amendment.id,
      entityId: amendment.entityId,
      ends: new Map(),
      inserted: [],
      deleted: [],
      ds: Y.createDeleteSet(),
      baseSeq: amendment.baseSeq,
      version: 0,
      blocks: null,
      cached: null,
    };
    for (const row of attributionRows(this.deps.db, amendmentRoom(amendment.id), 0)) {
      for (const range of row.inserted) addInserted(fork, range);
      fork.deleted.push(...row.deleted);
    }
    fork.ds = deleteSetOf(fork.deleted);
    overlay.forks.set(amendment.id, fork);
    this.documentOfAmendment.set(amendment.id, amendment.documentId);
    return fork;
  }

  private documentOf(amendmentId: string): string | null {
    if (!this.documentOfAmendment.has(amendmentId)) {
      this.documentOfAmendment.set(amendmentId, this.deps.amendments.get(amendmentId)?.documentId ?? null);
    }
    return this.documentOfAmendment.get(amendmentId) ?? null;
  }

  private drop(documentId: string): void {
    const overlay = this.overlays.get(documentId);
    if (!overlay) return;
    if (overlay.timer) clearTimeout(overlay.timer);
    overlay.doc.destroy();
    this.overlays.delete(documentId);
  }
}

/** Records that a main-text update touched the blocks its ranges lie in. */
function markBlocks(overlay: Overlay, ranges: readonly ClockRange[], seq: number): void {
  const blocks = new Set<Y.XmlElement>();
  for (const range of ranges) eachItem(overlay.doc, range, (item) => addBlocksOf(item, blocks));
  for (const block of blocks) overlay.blockSeq.set(block, seq);
}

/** A sorted delete set of clock ranges. */
function deleteSetOf(ranges: readonly ClockRange[]): ForkState['ds'] {
  const ds = Y.createDeleteSet();
  for (const [client, clock, length] of ranges) {
    let items = ds.clients.get(client);
    if (!items) ds.clients.set(client, (items = []));
    items.push({ clock, len: length });
  }
  return normalizedDeleteSet(ds);
}

/** A room's attribution rows after `since`, oldest first. */
function attributionRows(db: Db, room: string, since: number): { seq: number; inserted: ClockRange[]; deleted: ClockRange[] }[] {
  return db
    .prepare<[string, number], { seq: number; inserted: string; deleted: string }>(
      'SELECT seq, inserted, deleted FROM attribution_log WHERE room = ? AND seq > ? ORDER BY seq',
    )
    .all(room, since)
    .map((row) => ({ seq: row.seq, inserted: JSON.parse(row.inserted) as ClockRange[], deleted: JSON.parse(row.deleted) as ClockRange[] }));
}
