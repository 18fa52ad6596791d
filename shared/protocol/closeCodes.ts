/**
 * WebSocket close codes the sync server uses, with the reason sent beside them.
 * 4400-4499 are permanent (the y-websocket client stops reconnecting); 4500-4599 are transient.
 */
export const CloseCode = {
  /** No valid session cookie on the upgrade. */
  Unauthenticated: 4401,
  /** The session is valid but may not open this room. */
  Forbidden: 4403,
  /** The room name is not one the server knows. */
  UnknownRoom: 4404,
  /** The upgrade came from a page whose Origin is not allowed. */
  ForbiddenOrigin: 4405,
  /** The frame could not be decoded, or was truncated. */
  MalformedFrame: 4400,
  /** The frame's message type is not part of the protocol. */
  UnknownMessageType: 4406,
  /** An update refers to changes the server never saw. */
  MissingDependencies: 4409,
  /** An update carries another user's Yjs client ID. */
  ForgedClientId: 4410,
  /** The frame or the resulting document is larger than the limits allow. */
  TooLarge: 4413,
  /** The connection sent more messages than the rate limit allows. */
  TooManyMessages: 4429,
  /** The user signed out or the session ended elsewhere. */
  SessionEnded: 4440,
  /** The server failed to store an update; the client should reconnect and resend. */
  StorageFailure: 4500,
  /** The server is shutting down. */
  ServerShutdown: 4501,
  /** The user's rights on this room changed; reconnecting gives the new ones. */
  AccessChanged: 4502,
  /** The client did not read what the server sent and too much piled up; reconnecting resyncs it. */
  TooSlow: 4503,
} as const;

/** One of the close codes above. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Human-readable reasons sent as the WebSocket close reason (kept short: at most 123 bytes). */
export const closeReasons: Record<CloseCode, string> = {
  [CloseCode.Unauthenticated]: 'not signed in',
  [CloseCode.Forbidden]: 'no access to this room',
  [CloseCode.UnknownRoom]: 'unknown room',
  [CloseCode.ForbiddenOrigin]: 'origin not allowed',
  [CloseCode.MalformedFrame]: 'malformed or truncated frame',
  [CloseCode.UnknownMessageType]: 'unknown message type',
  [CloseCode.MissingDependencies]: 'update depends on changes the server never saw',
  [CloseCode.ForgedClientId]: "update carries another user's client id",
  [CloseCode.TooLarge]: 'frame or document too large',
  [CloseCode.TooManyMessages]: 'too many messages',
  [CloseCode.SessionEnded]: 'session ended',
  [CloseCode.StorageFailure]: 'storage failure, reconnect',
  [CloseCode.ServerShutdown]: 'server shutting down',
  [CloseCode.AccessChanged]: 'access changed, reconnect',
  [CloseCode.TooSlow]: 'client not reading, reconnect',
};

/**
 * RFC 6455's "message too big": `ws` closes with it when a frame exceeds MAX_FRAME_BYTES, before
 * our code sees the frame.
 */
export const MESSAGE_TOO_BIG = 1009;

/**
 * True for codes after which reconnecting cannot help: ours in 4400-4499, and a frame too big,
 * which y-websocket would otherwise resend on every reconnect for ever.
 */
export function isPermanentClose(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === MESSAGE_TOO_BIG;
}
