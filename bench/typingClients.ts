/**
 * The two kinds of client in a typing run. A typist holds a real Y.Doc synced with the server and
 * types single characters into its own paragraph's Y.XmlText. A listener holds no document at all:
 * it only reports which keystrokes each received update carries, so a thousand of them stay cheap.
 */
import { performance } from 'node:perf_hooks';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DeliveryTracker, ReceiverState } from './deliveryTracker.js';
import type { Diagnostics } from './diagnostics.js';
import type { Dialect } from './dialect.js';
import { paragraphTexts } from './documentShape.js';
import { EMPTY_STATE_VECTOR, EMPTY_UPDATE, SyncClient, type SyncClientOwner } from './syncClient.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz     ';

/** The text a typist's paragraph starts with, so it can find its own paragraph after syncing. */
export function typistParagraphLabel(index: number): string {
  return `Typist ${index}: `;
}

/** A reading client without a document: reports deliveries only. */
export class Listener implements SyncClientOwner {
  private readonly receiver: ReceiverState;
  /** Its connection. */
  readonly client: SyncClient;

  /** A listener on `dialect`'s document, reporting to `tracker`. */
  constructor(dialect: Dialect, private readonly tracker: DeliveryTracker, diagnostics: Diagnostics) {
    this.receiver = tracker.newReceiver();
    this.client = new SyncClient(dialect, 'reader', this, diagnostics);
  }

  /** An empty document's state vector. */
  stateVector(): Uint8Array {
    return EMPTY_STATE_VECTOR;
  }

  /** A listener has nothing the server lacks. */
  missingFor(): Uint8Array {
    return EMPTY_UPDATE;
  }

  /** Reports which keystrokes arrived. */
  onUpdate(update: Uint8Array, at: number): void {
    this.tracker.onReceive(this.receiver, -1, update, at);
  }
}

/** What a typist sends beside its updates, as the real clients do. */
export interface TypistBehaviour {
  /** After each keystroke, ask the server to confirm it is stored (our client's SaveCheck; null frame on Hocuspocus). */
  saveChecks: boolean;
  /** After each keystroke, publish the cursor through awareness (y-prosemirror's cursor plugin does). */
  awareness: boolean;
}

const AWARENESS = 1;

/** A writing client with a real Y.Doc that types into its own paragraph. */
export class Typist implements SyncClientOwner {
  private readonly doc = new Y.Doc();
  private readonly presence: Awareness | null;
  private nonce = 0;
  private readonly receiver: ReceiverState;
  private readonly pending: Uint8Array[] = [];
  private target: Y.XmlText | null = null;
  private cursor = 0;
  /** Its connection. */
  readonly client: SyncClient;
  /** Keystrokes sent. */
  keystrokes = 0;

  /** Typist number `index` on `dialect`'s document, reporting to `tracker`. */
  constructor(
    private readonly dialect: Dialect,
    private readonly index: number,
    private readonly tracker: DeliveryTracker,
    diagnostics: Diagnostics,
    private readonly random: () => number,
    private readonly behaviour: TypistBehaviour = { saveChecks: false, awareness: false },
  ) {
    this.receiver = tracker.newReceiver();
    this.client = new SyncClient(dialect, 'writer', this, diagnostics);
    this.presence = behaviour.awareness ? new Awareness(this.doc) : null;
  }

  /** The Yjs client ID its keystrokes carry. */
  get clientId(): number {
    return this.doc.clientID;
  }

  /** Its document's state vector. */
  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.doc);
  }

  /** What the server lacks of its document. */
  missingFor(serverStateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc, serverStateVector);
  }

  /** Reports deliveries; the initial state is applied at once, later updates before the next keystroke. */
  onUpdate(update: Uint8Array, at: number, initial: boolean): void {
    this.tracker.onReceive(this.receiver, this.doc.clientID, update, at);
    if (initial) Y.applyUpdate(this.doc, update, 'remote');
    else this.pending.push(update);
  }

  private applyPending(): void {
    if (this.pending.length === 0) return;
    const updates = this.pending.splice(0);
    this.doc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.doc, update, 'remote');
    }, 'remote');
  }

  /** Finds its paragraph (by label, or any paragraph) and puts the cursor at its end. */
  pickTarget(): void {
    const texts = paragraphTexts(this.doc);
    const label = typistParagraphLabel(this.index);
    this.target = texts.find((text) => text.toString().startsWith(label)) ?? texts[this.index % Math.max(1, texts.length)] ?? null;
    this.cursor = this.target?.length ?? 0;
  }

  /** Types one character at the cursor and sends it; false when it has nowhere to type. */
  type(): boolean {
    this.applyPending();
    if (this.target === null) this.pickTarget();
    const target = this.target;
    if (target === null) return false;
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    const char = LETTERS[Math.floor(this.random() * LETTERS.length)] ?? 'a';
    const position = Math.min(this.cursor, target.length);
    const sentAt = performance.now();
    const handler = (update: Uint8Array): void => {
      this.tracker.recordSend(this.doc.clientID, clock, sentAt);
      this.client.sendUpdate(update);
    };
    this.doc.on('update', handler);
    try {
      target.insert(position, char);
    } finally {
      this.doc.off('update', handler);
    }
    this.cursor = position + 1;
    this.keystrokes++;
    if (this.behaviour.saveChecks) {
      const frame = this.dialect.saveCheck(++this.nonce);
      if (frame !== null) this.client.sendRaw(frame);
    }
    if (this.presence !== null) {
      const anchor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(target, this.cursor)) as unknown;
      this.presence.setLocalStateField('cursor', { anchor, head: anchor });
      const update = encodeAwarenessUpdate(this.presence, [this.doc.clientID]);
      this.client.sendRaw(
        this.dialect.frame((encoder) => {
          encoding.writeVarUint(encoder, AWARENESS);
          encoding.writeVarUint8Array(encoder, update);
        }),
      );
    }
    return true;
  }

  /** Frees the document. */
  destroy(): void {
    this.presence?.destroy();
    this.doc.destroy();
  }
}
