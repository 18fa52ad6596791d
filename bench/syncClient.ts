/**
 * One benchmark connection: opens the WebSocket in a server's dialect, runs the sync handshake, and
 * hands every received document update to its owner with its arrival time. Listeners and typists
 * are thin layers over it.
 */
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Diagnostics } from './diagnostics.js';
import type { ClientRole, ControlMessage, Dialect } from './dialect.js';
import { openClientSocket, ReadyState, type ClientSocket } from './socketFactory.js';

const SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

/** The empty update a client with no content answers sync step 1 with. */
export const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** The state vector of an empty document. */
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);

/** What the owner of a connection supplies. */
export interface SyncClientOwner {
  /** Our state vector, sent in sync step 1. */
  stateVector(): Uint8Array;
  /** Our content the server lacks, given its state vector (the answer to its sync step 1). */
  missingFor(serverStateVector: Uint8Array): Uint8Array;
  /** A document update arrived (`initial` for sync step 2); `at` is performance.now() on arrival. */
  onUpdate(update: Uint8Array, at: number, initial: boolean): void;
  /** A non-sync message arrived. */
  onControl?(message: ControlMessage): void;
}

/** A WebSocket speaking the sync protocol for one owner. */
export class SyncClient {
  private socket: ClientSocket | null = null;
  private keepAliveTimer: NodeJS.Timeout | null = null;
  private closedByUs = false;
  /** Frames received since the connection opened. */
  framesReceived = 0;
  /** Frames received while `counting` is true (the measurement window). */
  framesCounted = 0;
  /** Whether received frames count toward `framesCounted`. */
  counting = false;
  /** True once sync step 2 has been received and handed over. */
  synced = false;
  /** Close code and reason if the server closed the connection. */
  closed: { code: number; reason: string } | null = null;

  /** Prepares a connection; nothing happens until `connect`. */
  constructor(
    private readonly dialect: Dialect,
    private readonly role: ClientRole,
    private readonly owner: SyncClientOwner,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Opens the socket and resolves once the initial state (sync step 2) has been handed over. */
  connect(timeoutMs = 30_000): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error: Error | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error === null) resolve();
        else reject(error);
      };
      const timer = setTimeout(() => settle(new Error(`no sync step 2 within ${timeoutMs} ms`)), timeoutMs);
      let opened = false;
      const socket = openClientSocket(
        this.dialect.url(),
        this.dialect.headers(this.role),
        {
          unexpectedResponse: (status) => {
            this.diagnostics.note(`${this.dialect.kind}: upgrade refused with HTTP ${status}`);
            settle(new Error(`upgrade refused: HTTP ${status}`));
          },
          error: (error) => {
            this.diagnostics.note(`${this.dialect.kind}: socket error ${error.message}`);
            settle(error);
          },
          open: () => {
            opened = true;
            for (const frame of this.dialect.greeting()) socket.send(frame);
            socket.send(
              this.dialect.frame((encoder) => {
                encoding.writeVarUint(encoder, SYNC);
                encoding.writeVarUint(encoder, STEP1);
                encoding.writeVarUint8Array(encoder, this.owner.stateVector());
              }),
            );
            const keepAlive = this.dialect.keepAlive();
            if (keepAlive !== null) {
              this.keepAliveTimer = setInterval(() => this.sendRaw(keepAlive), 15_000 + Math.random() * 5_000);
              this.keepAliveTimer.unref();
            }
          },
          message: (data) => {
            const at = performance.now();
            this.framesReceived++;
            if (this.counting) this.framesCounted++;
            try {
              if (this.handleFrame(data, at) && !this.synced) {
                this.synced = true;
                settle(null);
              }
            } catch (error) {
              this.diagnostics.note(`${this.dialect.kind}: could not read a frame: ${(error as Error).message}`);
            }
          },
          close: (code, reason) => {
            if (this.keepAliveTimer !== null) clearInterval(this.keepAliveTimer);
            if (opened) {
              this.closed = { code, reason };
              if (!this.closedByUs) this.diagnostics.note(`${this.dialect.kind}: server closed a ${this.role} connection: ${code} ${reason || '(no reason)'}`);
            }
            settle(new Error(`closed before sync: ${code} ${reason}`));
          },
        },
        timeoutMs,
      );
      this.socket = socket;
    });
  }

  /** Handles one frame; true when it was sync step 2. */
  private handleFrame(data: Uint8Array, at: number): boolean {
    const decoder = decoding.createDecoder(data);
    if (!this.dialect.unwrap(decoder)) return false;
    const type = decoding.readVarUint(decoder);
    if (type !== SYNC) {
      const message = this.dialect.control(type, decoder);
      if (message.kind === 'denied') this.diagnostics.note(`${this.dialect.kind}: permission denied: ${message.reason}`);
      this.owner.onControl?.(message);
      return false;
    }
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === STEP1) {
      this.sendSync(STEP2, this.owner.missingFor(payload));
      return false;
    }
    if (syncType === STEP2 || syncType === UPDATE) {
      this.owner.onUpdate(payload, at, syncType === STEP2);
      return syncType === STEP2;
    }
    this.diagnostics.note(`${this.dialect.kind}: unknown sync message type ${syncType}`);
    return false;
  }

  /** Sends a document update (sync message type 2). */
  sendUpdate(update: Uint8Array): void {
    this.sendSync(UPDATE, update);
  }

  private sendSync(syncType: number, payload: Uint8Array): void {
    this.sendRaw(
      this.dialect.frame((encoder) => {
        encoding.writeVarUint(encoder, SYNC);
        encoding.writeVarUint(encoder, syncType);
        encoding.writeVarUint8Array(encoder, payload);
      }),
    );
  }

  /** Sends a ready-made frame if the socket is open; false otherwise. */
  sendRaw(frame: Uint8Array): boolean {
    if (this.socket?.readyState !== ReadyState.OPEN) return false;
    this.socket.send(frame);
    return true;
  }

  /** Bytes queued in the socket but not yet written (backpressure indicator). */
  get bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  /** Closes the connection (normal closure) and resolves when it is closed or after 3 s. */
  close(): Promise<void> {
    this.closedByUs = true;
    if (this.keepAliveTimer !== null) clearInterval(this.keepAliveTimer);
    const socket = this.socket;
    if (socket === null || socket.readyState === ReadyState.CLOSED) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (socket.readyState === ReadyState.CLOSED || Date.now() - started > 3_000) {
          clearInterval(poll);
          if (socket.readyState !== ReadyState.CLOSED) socket.terminate();
          resolve();
        }
      }, 20);
      if (socket.readyState === ReadyState.CONNECTING) socket.terminate();
      else socket.close(1000);
    });
  }
}
