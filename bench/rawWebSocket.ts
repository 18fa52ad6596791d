/**
 * A minimal WebSocket client (RFC 6455, binary messages, no extensions) straight on a TCP socket.
 * The `ws` client costs several microseconds per received message in stream machinery; with 1,000
 * clients in the generator process that overhead would be measured as server latency. This one
 * parses frames in place from the socket's chunks. Client frames are masked as the RFC requires.
 */
import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OPCODE_CONTINUATION = 0x0;
const OPCODE_TEXT = 0x1;
const OPCODE_BINARY = 0x2;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;

/** What the owner of a socket is told. */
export interface RawWebSocketEvents {
  /** The upgrade succeeded. */
  open(): void;
  /** A whole message (binary or text) arrived; the bytes are only valid during the call. */
  message(data: Uint8Array): void;
  /** The server answered the upgrade with another status than 101. */
  unexpectedResponse(status: number): void;
  /** A socket or protocol error (a close follows). */
  error(error: Error): void;
  /** The connection is closed: the server's close code and reason, or 1006 when there was none. */
  close(code: number, reason: string): void;
}

/** Connection states, as in the WebSocket API. */
export const ReadyState = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 } as const;

/** One client connection. */
export class RawWebSocket {
  /** One of ReadyState. */
  readyState: number = ReadyState.CONNECTING;
  private readonly socket: Socket;
  private readonly key = randomBytes(16).toString('base64');
  private handshake: Buffer | null = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes needed before parsing can make progress. */
  private needed = 2;
  private fragments: Buffer[] = [];
  private closeCode = 1006;
  private closeReason = '';
  private closeTimer: NodeJS.Timeout | null = null;
  private readonly handshakeTimer: NodeJS.Timeout;

  /** Opens `url` (ws://host:port/path) with extra upgrade `headers`; gives up after `timeoutMs`. */
  constructor(
    url: string,
    headers: Record<string, string>,
    private readonly events: RawWebSocketEvents,
    timeoutMs: number,
  ) {
    const target = new URL(url);
    const port = Number(target.port || 80);
    this.socket = connect({ host: target.hostname, port });
    this.socket.setNoDelay(true);
    this.handshakeTimer = setTimeout(() => {
      if (this.readyState !== ReadyState.CONNECTING) return;
      this.events.error(new Error('opening handshake timed out'));
      this.socket.destroy();
    }, timeoutMs);
    this.socket.on('connect', () => {
      const lines = [
        `GET ${target.pathname}${target.search} HTTP/1.1`,
        `Host: ${target.host}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${this.key}`,
        'Sec-WebSocket-Version: 13',
        ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ];
      this.socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', (error) => this.events.error(error));
    this.socket.on('close', () => {
      clearTimeout(this.handshakeTimer);
      if (this.closeTimer !== null) clearTimeout(this.closeTimer);
      this.readyState = ReadyState.CLOSED;
      this.events.close(this.closeCode, this.closeReason);
    });
  }

  /** Bytes written to the socket but not yet sent. */
  get bufferedAmount(): number {
    return this.socket.writableLength;
  }

  private onData(chunk: Buffer): void {
    if (this.handshake !== null) {
      const all = this.handshake.length === 0 ? chunk : Buffer.concat([this.handshake, chunk]);
      const end = all.indexOf('\r\n\r\n');
      if (end === -1) {
        if (all.length > 64 * 1024) this.fail('upgrade response too large');
        else this.handshake = all;
        return;
      }
      this.handshake = null;
      if (!this.acceptHandshake(all.subarray(0, end).toString('latin1'))) return;
      chunk = all.subarray(end + 4);
      if (chunk.length === 0) return;
    }
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered < this.needed) return;
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [];
    this.buffered = 0;
    const rest = this.parseFrames(data);
    if (rest.length > 0) {
      this.chunks.push(rest);
      this.buffered = rest.length;
    }
  }

  private acceptHandshake(head: string): boolean {
    clearTimeout(this.handshakeTimer);
    const [statusLine = '', ...headerLines] = head.split('\r\n');
    const status = Number(statusLine.split(' ')[1]);
    if (status !== 101) {
      this.events.unexpectedResponse(Number.isFinite(status) ? status : 0);
      this.socket.destroy();
      return false;
    }
    const expected = createHash('sha1').update(this.key + GUID).digest('base64');
    const accept = headerLines.find((line) => line.toLowerCase().startsWith('sec-websocket-accept:'));
    if (accept?.slice(accept.indexOf(':') + 1).trim() !== expected) {
      this.fail('invalid Sec-WebSocket-Accept');
      return false;
    }
    this.readyState = ReadyState.OPEN;
    this.events.open();
    return true;
  }

  /** Parses every whole frame in `data`; returns the incomplete tail. */
  private parseFrames(data: Buffer): Buffer {
    let offset = 0;
    while (this.readyState !== ReadyState.CLOSED) {
      const available = data.length - offset;
      if (available < 2) {
        this.needed = 2;
        break;
      }
      const b0 = data[offset] as number;
      const b1 = data[offset + 1] as number;
      let length = b1 & 0x7f;
      let header = 2;
      if (length === 126) {
        header = 4;
        if (available < header) {
          this.needed = header;
          break;
        }
        length = data.readUInt16BE(offset + 2);
      } else if (length === 127) {
        header = 10;
        if (available < header) {
          this.needed = header;
          break;
        }
        length = data.readUInt32BE(offset + 2) * 2 ** 32 + data.readUInt32BE(offset + 6);
      }
      const masked = (b1 & 0x80) !== 0;
      if (masked) header += 4;
      if (available < header + length) {
        this.needed = header + length;
        break;
      }
      const payload = data.subarray(offset + header, offset + header + length);
      if (masked) {
        const mask = data.subarray(offset + header - 4, offset + header);
        for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] as number) ^ (mask[i & 3] as number);
      }
      offset += header + length;
      this.onFrame((b0 & 0x80) !== 0, b0 & 0x0f, payload);
    }
    return offset >= data.length ? Buffer.alloc(0) : data.subarray(offset);
  }

  private onFrame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode === OPCODE_BINARY || opcode === OPCODE_TEXT || opcode === OPCODE_CONTINUATION) {
      if (!fin) {
        this.fragments.push(Buffer.from(payload));
        return;
      }
      if (this.fragments.length > 0) {
        this.fragments.push(payload);
        const whole = Buffer.concat(this.fragments);
        this.fragments = [];
        this.events.message(whole);
      } else {
        this.events.message(payload);
      }
      return;
    }
    if (opcode === OPCODE_CLOSE) {
      this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      this.closeReason = payload.length > 2 ? payload.subarray(2).toString('utf8') : '';
      if (this.readyState === ReadyState.OPEN) this.writeFrame(OPCODE_CLOSE, payload.subarray(0, 2));
      this.readyState = ReadyState.CLOSING;
      this.socket.end();
      return;
    }
    if (opcode === OPCODE_PING) this.writeFrame(0xa, payload);
  }

  private writeFrame(opcode: number, payload: Uint8Array): void {
    const length = payload.length;
    const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(header + 4 + length);
    frame[0] = 0x80 | opcode;
    if (header === 2) frame[1] = 0x80 | length;
    else if (header === 4) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
      frame.writeUInt32BE(length >>> 0, 6);
    }
    const maskKey = (Math.random() * 0x100000000) >>> 0;
    frame.writeUInt32BE(maskKey, header);
    const m0 = maskKey >>> 24;
    const m1 = (maskKey >>> 16) & 0xff;
    const m2 = (maskKey >>> 8) & 0xff;
    const m3 = maskKey & 0xff;
    const start = header + 4;
    for (let i = 0; i < length; i++) {
      const m = (i & 3) === 0 ? m0 : (i & 3) === 1 ? m1 : (i & 3) === 2 ? m2 : m3;
      frame[start + i] = (payload[i] as number) ^ m;
    }
    this.socket.write(frame);
  }

  /** Sends one binary message; ignored unless open. */
  send(data: Uint8Array): void {
    if (this.readyState === ReadyState.OPEN) this.writeFrame(OPCODE_BINARY, data);
  }

  /** Starts the closing handshake; the socket is destroyed if the server does not finish it in 3 s. */
  close(code = 1000, reason = ''): void {
    if (this.readyState === ReadyState.CONNECTING) {
      this.terminate();
      return;
    }
    if (this.readyState !== ReadyState.OPEN) return;
    const reasonBytes = Buffer.from(reason, 'utf8');
    const payload = Buffer.allocUnsafe(2 + reasonBytes.length);
    payload.writeUInt16BE(code, 0);
    reasonBytes.copy(payload, 2);
    this.writeFrame(OPCODE_CLOSE, payload);
    this.readyState = ReadyState.CLOSING;
    this.closeTimer = setTimeout(() => this.socket.destroy(), 3_000);
    this.closeTimer.unref();
  }

  /** Drops the connection at once. */
  terminate(): void {
    this.socket.destroy();
  }

  private fail(message: string): void {
    this.events.error(new Error(message));
    this.socket.destroy();
  }
}
