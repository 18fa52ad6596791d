/**
 * What differs between the two servers' wire formats, behind one interface, so the clients, the
 * scenarios and the figures are the same code for both.
 */
import type * as decoding from 'lib0/decoding';
import type * as encoding from 'lib0/encoding';

/** Which server a run talks to. */
export type ServerKind = 'ours' | 'hocuspocus';

/** Who a connection acts as: typists and loaders write, listeners only read. */
export type ClientRole = 'writer' | 'reader';

/** A non-sync message the client may care about. */
export type ControlMessage =
  | { kind: 'saved'; nonce: number }
  | { kind: 'syncStatus'; applied: boolean }
  | { kind: 'readOnly' }
  | { kind: 'authenticated'; scope: string }
  | { kind: 'denied'; reason: string }
  | { kind: 'closeRequest'; reason: string }
  | { kind: 'ignored'; type: number };

/** One server's dialect of the y-websocket protocol. */
export interface Dialect {
  /** The server it speaks to. */
  readonly kind: ServerKind;
  /** The document (room) name used for the benchmark. */
  readonly documentName: string;
  /** WebSocket URL of the benchmark document. */
  url(): string;
  /** HTTP headers for the WebSocket upgrade of a connection in `role`. */
  headers(role: ClientRole): Record<string, string>;
  /** Frames to send as soon as the socket is open, before sync step 1. */
  greeting(): Uint8Array[];
  /** Builds one frame: `write` appends the message type and body. */
  frame(write: (encoder: encoding.Encoder) => void): Uint8Array;
  /** Reads the frame prefix; false when the frame is not about the benchmark document. */
  unwrap(decoder: decoding.Decoder): boolean;
  /** Interprets a message whose type is not Sync (0); the decoder is just after the type. */
  control(type: number, decoder: decoding.Decoder): ControlMessage;
  /** How a loader learns that its updates were taken: our SaveCheck/Saved, or Hocuspocus's SyncStatus per update. */
  readonly ackMode: 'saveCheck' | 'syncStatus';
  /** A frame asking the server to confirm that everything sent before it is stored (null if unsupported). */
  saveCheck(nonce: number): Uint8Array | null;
  /** A harmless frame that keeps an idle connection from timing out (null when not needed). */
  keepAlive(): Uint8Array | null;
}
