/**
 * Message types on the sync WebSocket. 0-3 are the y-websocket protocol's; 100 and up are ours,
 * sent beside them. Every frame starts with its type as a lib0 varUint.
 */
export const MessageType = {
  /** y-protocols sync: step 1, step 2 or update. */
  Sync: 0,
  /** y-protocols awareness update (presence). */
  Awareness: 1,
  /** y-protocols auth (permission denied); the server does not use it, clients may not send it. */
  Auth: 2,
  /** Ask the other side to send all awareness states. */
  QueryAwareness: 3,
  /** Client → server: "tell me when everything I sent before this is committed"; carries a varUint nonce. */
  SaveCheck: 100,
  /** Server → client: everything the client sent before the SaveCheck with this nonce is committed to disk. */
  Saved: 101,
  /** Server → client: this connection may read only; its writes are dropped. Carries no payload. */
  ReadOnly: 102,
} as const;

/** One of the message types above. */
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** y-protocols sync sub-types. */
export const SyncMessageType = { Step1: 0, Step2: 1, Update: 2 } as const;
