/** Encoders for the frames the server sends. */
import * as encoding from 'lib0/encoding';
import { MessageType, SyncMessageType } from '../../shared/protocol/messages.js';

/** `[Sync][Step1][state vector]`: asks the client for what the server lacks. */
export function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  return frame(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, SyncMessageType.Step1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** `[Sync][Step2][update]`: what the client lacks. */
export function syncStep2Frame(update: Uint8Array): Uint8Array {
  return frame(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, SyncMessageType.Step2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** `[Sync][Update][update]`: a change to relay. */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  return frame(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, SyncMessageType.Update);
    encoding.writeVarUint8Array(e, update);
  });
}

/** `[Awareness][update]`. */
export function awarenessFrame(update: Uint8Array): Uint8Array {
  return frame(MessageType.Awareness, (e) => encoding.writeVarUint8Array(e, update));
}

/** `[Saved][nonce]`: all the client sent before its SaveCheck `nonce` is on disk. */
export function savedFrame(nonce: number): Uint8Array {
  return frame(MessageType.Saved, (e) => encoding.writeVarUint(e, nonce));
}

/** `[ReadOnly]`: this connection's writes are dropped. */
export function readOnlyFrame(): Uint8Array {
  return frame(MessageType.ReadOnly, () => {});
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
