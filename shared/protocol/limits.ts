/**
 * Limits of the sync wire contract. The server sets `ws`'s `maxPayload` from MAX_FRAME_BYTES and the
 * client checks the same constants, so both sides agree on what is "too big".
 */

/** Largest WebSocket message either side accepts (a whole offline session's edits fit easily). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** Largest encoded state a document may grow to before writes are refused. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Largest awareness (presence) payload per message: cursors are small. */
export const MAX_AWARENESS_BYTES = 16 * 1024;

/** Messages per second one connection may send, averaged over a short window, before it is closed. */
export const MAX_MESSAGES_PER_SECOND = 200;

/** Burst allowance on top of the steady rate (token bucket capacity). */
export const MESSAGE_BURST = 400;

/** Sync step 1 requests (each answered with much of the document) per second, steady, per connection. */
export const MAX_SYNC_STEP1_PER_SECOND = 0.2;

/** Burst of sync step 1 requests allowed on top (a connect and a few resyncs). */
export const SYNC_STEP1_BURST = 5;

/** Bytes queued to a client that does not read before its connection is closed. */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
