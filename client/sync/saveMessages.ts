/** Encoding of our save-protocol frames (shared/protocol/messages.ts) with lib0, as the server reads them. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../../shared/protocol/messages.js';

/** `[varUint SaveCheck][varUint nonce]`. */
export function encodeSaveCheck(nonce: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SaveCheck);
  encoding.writeVarUint(encoder, nonce);
  return encoding.toUint8Array(encoder);
}

/** Reads the nonce of a Saved message whose type has already been read. */
export function readSavedNonce(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}
