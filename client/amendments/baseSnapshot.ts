/** The amendment's base snapshot as the API sends it (base64 of Y.encodeSnapshot), decoded. */
import * as Y from 'yjs';

/** Decodes a base64 Y.encodeSnapshot. */
export function decodeBaseSnapshot(base64: string): Y.Snapshot {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return Y.decodeSnapshot(bytes);
}
