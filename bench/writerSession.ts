/**
 * A writing connection with a full Y.Doc that can push updates and wait until the server has taken
 * them: our SaveCheck → Saved, or Hocuspocus's SyncStatus after every update. Used to set up the
 * typing document and to load the large document for the late-join runs.
 */
import * as Y from 'yjs';
import type { Diagnostics } from './diagnostics.js';
import type { ControlMessage, Dialect } from './dialect.js';
import { SyncClient, type SyncClientOwner } from './syncClient.js';

/** A connected writer holding the document as the server has it. */
export class WriterSession implements SyncClientOwner {
  /** The writer's copy of the document (gc off, like our server's). */
  readonly doc = new Y.Doc({ gc: false });
  /** Its connection. */
  readonly client: SyncClient;
  private updatesSent = 0;
  private acks = 0;
  private rejected = 0;
  private nextNonce = 1;
  private savedNonce = 0;
  private readOnly = false;
  /** When true, updates from the server are not applied (a loader that only pushes). */
  ignoreIncoming = false;

  /** A writer on `dialect`'s document. */
  constructor(
    private readonly dialect: Dialect,
    diagnostics: Diagnostics,
  ) {
    this.client = new SyncClient(dialect, 'writer', this, diagnostics);
  }

  /** Connects and waits for the server's state. */
  async open(): Promise<void> {
    await this.client.connect();
  }

  /** Our state vector. */
  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** What the server lacks. */
  missingFor(serverStateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, serverStateVector);
  }

  /** Applies what the server sends. */
  onUpdate(update: Uint8Array): void {
    if (this.ignoreIncoming) return;
    Y.applyUpdate(this.doc, update, 'remote');
  }

  /** Tracks acknowledgements. */
  onControl(message: ControlMessage): void {
    if (message.kind === 'saved') this.savedNonce = Math.max(this.savedNonce, message.nonce);
    else if (message.kind === 'syncStatus') {
      this.acks++;
      if (!message.applied) this.rejected++;
    } else if (message.kind === 'readOnly') this.readOnly = true;
  }

  /** Sends one update (already applied to `doc` or not: the caller decides). */
  send(update: Uint8Array): void {
    this.client.sendUpdate(update);
    this.updatesSent++;
  }

  /** Resolves once the server confirms everything sent so far, or throws after `timeoutMs`. */
  async waitStored(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let target = 0;
    if (this.dialect.ackMode === 'saveCheck') {
      target = this.nextNonce++;
      const frame = this.dialect.saveCheck(target);
      if (frame !== null) this.client.sendRaw(frame);
    }
    const done = (): boolean =>
      this.dialect.ackMode === 'saveCheck' ? this.savedNonce >= target : this.acks >= this.updatesSent;
    while (!done()) {
      if (this.client.closed !== null) throw new Error(`writer closed: ${this.client.closed.code} ${this.client.closed.reason}`);
      if (this.readOnly) throw new Error('the server says this writer is read-only');
      if (Date.now() > deadline) throw new Error(`server did not confirm ${this.updatesSent} updates within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (this.rejected > 0) throw new Error(`server refused ${this.rejected} updates`);
  }

  /** Unacknowledged updates (Hocuspocus) — for pacing a long push. */
  get outstanding(): number {
    return this.dialect.ackMode === 'syncStatus' ? this.updatesSent - this.acks : 0;
  }

  /** Makes a local change and sends the resulting update. */
  change(edit: (doc: Y.Doc) => void): void {
    const handler = (update: Uint8Array): void => this.send(update);
    this.doc.on('update', handler);
    try {
      this.doc.transact(() => edit(this.doc));
    } finally {
      this.doc.off('update', handler);
    }
  }

  /** Closes the connection and frees the document. */
  async close(): Promise<void> {
    await this.client.close();
    this.doc.destroy();
  }
}
