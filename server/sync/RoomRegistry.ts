/**
 * Keeps the loaded rooms: loads one from storage on first use, keeps it warm for a while after
 * the last connection leaves (a colleague often rejoins), then compacts and frees it. The one
 * place room fan-out lives: a multi-process setup would put Redis pub/sub behind this interface.
 */
import type { CloseCode } from '../../shared/protocol/closeCodes.js';
import type { Logger } from '../logger.js';
import { Room } from './Room.js';
import type { CommitListener, ConnectionIdentity, RoomBase, RoomSocket, RoomStorage } from './types.js';

/** Options of the registry. */
export interface RoomRegistryOptions {
  storage: RoomStorage;
  logger: Logger;
  compactAfter: number;
  /** How long an empty room stays loaded. */
  idleUnloadMs?: number;
  /** The base text of a fork room (an amendment), or null for a room that starts empty. */
  baseOf?: (roomName: string) => RoomBase | null;
  /** Told of every update any room commits. */
  onCommitted?: CommitListener;
}

/** A handle for one connection in one room. */
export interface RoomConnection {
  receive(data: Uint8Array): void;
  leave(): void;
}

/** The loaded rooms. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Joins a connection to a room, loading the room if needed. */
  connect(roomName: string, identity: ConnectionIdentity, socket: RoomSocket): RoomConnection {
    const room = this.load(roomName);
    room.join(identity, socket);
    return {
      receive: (data) => room.receive(identity.id, data),
      leave: () => {
        room.leave(identity.id);
        if (room.size === 0) this.scheduleUnload(roomName);
      },
    };
  }

  /** The loaded room, loading it from storage if needed. */
  load(roomName: string): Room {
    const timer = this.unloadTimers.get(roomName);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(roomName);
    }
    let room = this.rooms.get(roomName);
    if (!room) {
      const started = performance.now();
      room = new Room(roomName, { ...this.options, base: this.options.baseOf?.(roomName) ?? null });
      this.rooms.set(roomName, room);
      this.options.logger.info('sync.room_loaded', { room: roomName, ms: Math.round(performance.now() - started) });
    }
    return room;
  }

  /** Runs `read` on a room (loading it if needed) without joining it; an idle room is unloaded later. */
  read<T>(roomName: string, read: (room: Room) => T): T {
    const room = this.load(roomName);
    try {
      return read(room);
    } finally {
      if (room.size === 0) this.scheduleUnload(roomName);
    }
  }

  /** Closes, in every room, each connection for which `decide` names a close code. */
  closeWhere(decide: (identity: ConnectionIdentity, roomName: string) => CloseCode | null): void {
    for (const [name, room] of this.rooms) {
      room.closeWhere((identity) => decide(identity, name));
      if (room.size === 0) this.scheduleUnload(name);
    }
  }

  /**
   * Closes a room's connections with `code` and frees it without compacting it, so that it is loaded
   * afresh from storage next time (after its log was rewritten underneath it).
   */
  evict(roomName: string, code: CloseCode): void {
    const timer = this.unloadTimers.get(roomName);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(roomName);
    const room = this.rooms.get(roomName);
    if (!room) return;
    room.closeWhere(() => code);
    room.destroy();
    this.rooms.delete(roomName);
  }

  /** Closes everything, compacts and frees every room. */
  shutdown(code: CloseCode): void {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    for (const [name, room] of this.rooms) {
      room.closeWhere(() => code);
      this.unload(name, room);
    }
  }

  private scheduleUnload(roomName: string): void {
    if (this.unloadTimers.has(roomName)) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(roomName);
      const room = this.rooms.get(roomName);
      if (room && room.size === 0) this.unload(roomName, room);
    }, this.options.idleUnloadMs ?? 5 * 60_000);
    timer.unref();
    this.unloadTimers.set(roomName, timer);
  }

  private unload(roomName: string, room: Room): void {
    try {
      room.compact();
    } catch (error) {
      this.options.logger.error('sync.compact_failed', { room: roomName, error: String(error) });
    }
    room.destroy();
    this.rooms.delete(roomName);
  }
}
