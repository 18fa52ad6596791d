/**
 * Opens a client WebSocket with the generator's own minimal client (default) or, with
 * BENCH_WS_CLIENT=ws, with the `ws` package — to cross-check that the figures do not depend on it.
 */
import WebSocket from 'ws';
import { RawWebSocket, ReadyState, type RawWebSocketEvents } from './rawWebSocket.js';

/** The few socket operations a sync client needs. */
export interface ClientSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
}

/** Socket states (the WebSocket API's numbers, shared by both implementations). */
export { ReadyState };

function openWs(url: string, headers: Record<string, string>, events: RawWebSocketEvents, timeoutMs: number): ClientSocket {
  const socket = new WebSocket(url, { headers, perMessageDeflate: false, skipUTF8Validation: true, handshakeTimeout: timeoutMs });
  socket.on('unexpected-response', (_request, response) => {
    events.unexpectedResponse(response.statusCode ?? 0);
    socket.terminate();
  });
  socket.on('error', (error) => events.error(error));
  socket.on('open', () => events.open());
  socket.on('message', (data: Buffer) => events.message(data));
  socket.on('close', (code, reason) => events.close(code, reason.toString()));
  return socket;
}

/** Opens a socket to `url` with the implementation chosen by BENCH_WS_CLIENT. */
export function openClientSocket(url: string, headers: Record<string, string>, events: RawWebSocketEvents, timeoutMs: number): ClientSocket {
  if (process.env.BENCH_WS_CLIENT === 'ws') return openWs(url, headers, events, timeoutMs);
  return new RawWebSocket(url, headers, events, timeoutMs);
}
