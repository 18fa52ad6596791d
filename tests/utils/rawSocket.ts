/** A bare WebSocket to the sync endpoint, for sending frames no well-behaved client would send. */
import WebSocket from 'ws';

/** A raw socket with what it received and how it closed. */
export interface RawSocket {
  ws: WebSocket;
  received: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: Uint8Array): void;
}

/** Opens a raw socket to `/sync/<room>` with the given headers. */
export function openRawSocket(server: { url: string }, room: string, headers: Record<string, string>): RawSocket {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${room}`, { headers });
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, received, opened, closed, send: (frame) => ws.send(frame) };
}
