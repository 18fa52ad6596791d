/**
 * Real y-websocket clients for tests: a Y.Doc, the y-websocket provider over `ws` with the session
 * cookie and an Origin, and the SaveCheck/Saved exchange so a test can wait until the server has
 * committed what the client sent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MessageType } from '../../shared/protocol/messages.js';
import { waitFor } from './waitFor.js';

/** A connected test client. */
export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The text of the first paragraph-like XmlText under `prosemirror`, for simple assertions. */
  text(): string;
  /** Close events seen (code, reason). */
  closes: { code: number; reason: string }[];
  /** True once the server said this connection is read-only. */
  readOnly(): boolean;
  /** Sends a SaveCheck and waits for the server's Saved answer. */
  saved(timeoutMs?: number): Promise<void>;
  /**
   * Sends a SaveCheck and waits for any answer (Saved, or ReadOnly for a reader): the server has
   * handled every frame sent before it.
   */
  roundTrip(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** A `ws` WebSocket class that sends the cookie and Origin on the upgrade. */
export function webSocketWith(headers: Record<string, string>): typeof globalThis.WebSocket {
  const WithHeaders = class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
  // y-websocket types its polyfill as the DOM WebSocket; `ws` implements the part it uses.
  return WithHeaders as unknown as typeof globalThis.WebSocket;
}

/** Connects a client to a room. */
export function connectClient(
  server: { url: string; origin: string },
  room: string,
  cookie: string | null,
  options: { origin?: string; doc?: Y.Doc } = {},
): SyncClient {
  const doc = options.doc ?? new Y.Doc({ gc: false });
  const headers: Record<string, string> = { origin: options.origin ?? server.origin };
  if (cookie) headers.cookie = cookie;
  const provider = new WebsocketProvider(server.url.replace(/^http/, 'ws') + '/sync', room, doc, {
    // Node 20 has a global BroadcastChannel: without this two clients in one process would sync
    // without the server and the test would prove nothing.
    disableBc: true,
    WebSocketPolyfill: webSocketWith(headers),
    maxBackoffTime: 200,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  let readOnly = false;
  let lastSaved = -1;
  let nonce = 0;
  let readOnlyNotices = 0;
  provider.messageHandlers[MessageType.ReadOnly] = () => {
    readOnly = true;
    readOnlyNotices += 1;
  };
  provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
    lastSaved = decoding.readVarUint(decoder);
  };
  const sendSaveCheck = () => {
    const mine = ++nonce;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.SaveCheck);
    encoding.writeVarUint(encoder, mine);
    provider.ws!.send(encoding.toUint8Array(encoder));
    return mine;
  };
  return {
    doc,
    provider,
    closes,
    readOnly: () => readOnly,
    text: () => documentText(doc),
    async saved(timeoutMs = 10_000) {
      await waitFor(() => provider.synced, 'client to sync', timeoutMs);
      const mine = sendSaveCheck();
      await waitFor(() => lastSaved >= mine, `Saved(${mine})`, timeoutMs);
    },
    async roundTrip(timeoutMs = 10_000) {
      await waitFor(() => provider.synced, 'client to sync', timeoutMs);
      const notices = readOnlyNotices;
      const mine = sendSaveCheck();
      await waitFor(() => lastSaved >= mine || readOnlyNotices > notices, `answer to SaveCheck(${mine})`, timeoutMs);
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** All text of the document's ProseMirror fragment, in order. */
export function documentText(doc: Y.Doc): string {
  const out: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText) => {
    if (node instanceof Y.XmlText) out.push(node.toString().replace(/<[^>]+>/g, ''));
    else for (const child of node.toArray()) walk(child as Y.XmlElement | Y.XmlText);
  };
  walk(doc.getXmlFragment('prosemirror'));
  return out.join('\n');
}

/** The XmlText of the first paragraph inside the section with `sectionId`. */
export function sectionParagraphText(doc: Y.Doc, sectionId: string): Y.XmlText {
  for (const section of doc.getXmlFragment('prosemirror').toArray()) {
    if (!(section instanceof Y.XmlElement) || section.getAttribute('id') !== sectionId) continue;
    const found = findText(section, (el) => el.nodeName === 'paragraph');
    if (found) return found;
  }
  throw new Error(`no paragraph in section ${sectionId}`);
}

function findText(node: Y.XmlElement, isTarget: (el: Y.XmlElement) => boolean): Y.XmlText | null {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement) {
      if (isTarget(child)) {
        const text = child.toArray().find((c) => c instanceof Y.XmlText);
        if (text instanceof Y.XmlText) return text;
        const created = new Y.XmlText();
        child.insert(0, [created]);
        return created;
      }
      const nested = findText(child, isTarget);
      if (nested) return nested;
    }
  }
  return null;
}
