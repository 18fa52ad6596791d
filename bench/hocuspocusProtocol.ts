/**
 * Hocuspocus's dialect (read from @hocuspocus/server 4.7 source): every frame starts with the
 * document name as a varString; the client must send an Auth Token message first (the server
 * queues everything else until it has run onConnect/onAuthenticate), then syncs as y-websocket does.
 * Extra message types: 2 Auth (Authenticated / PermissionDenied), 7 Close, 8 SyncStatus (ack of
 * every sync update or step 2 it applied).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ControlMessage, Dialect } from './dialect.js';

const AUTH = 2;
const QUERY_AWARENESS = 3;
const CLOSE = 7;
const SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const AUTH_AUTHENTICATED = 2;

/** Hocuspocus's dialect for a server at `baseUrl` (no auth hook: any token is accepted). */
export function hocuspocusDialect(baseUrl: string, documentName = 'doc:kiv'): Dialect {
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/${encodeURIComponent(documentName)}`;
  const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  // The prefix every frame for this document starts with, compared byte-wise (no string decoding per frame).
  const prefixEncoder = encoding.createEncoder();
  encoding.writeVarString(prefixEncoder, documentName);
  const prefix = encoding.toUint8Array(prefixEncoder);
  return {
    kind: 'hocuspocus',
    documentName,
    url: () => wsUrl,
    headers: () => ({}),
    greeting: () => [
      frame((encoder) => {
        encoding.writeVarUint(encoder, AUTH);
        encoding.writeVarUint(encoder, AUTH_TOKEN);
        encoding.writeVarString(encoder, 'bench');
      }),
    ],
    frame,
    unwrap: (decoder) => {
      const bytes = decoder.arr;
      let same = bytes.length >= prefix.length;
      for (let i = 0; same && i < prefix.length; i++) same = bytes[decoder.pos + i] === prefix[i];
      if (same) {
        decoder.pos += prefix.length;
        return true;
      }
      const address = decoding.readVarString(decoder);
      const separator = address.indexOf('\0');
      return (separator === -1 ? address : address.slice(0, separator)) === documentName;
    },
    control: (type, decoder): ControlMessage => {
      if (type === SYNC_STATUS) return { kind: 'syncStatus', applied: decoding.readVarUint(decoder) === 1 };
      if (type === AUTH) {
        const authType = decoding.readVarUint(decoder);
        if (authType === AUTH_AUTHENTICATED) return { kind: 'authenticated', scope: decoding.readVarString(decoder) };
        if (authType === AUTH_PERMISSION_DENIED) return { kind: 'denied', reason: decoding.readVarString(decoder) };
        return { kind: 'ignored', type };
      }
      if (type === CLOSE) return { kind: 'closeRequest', reason: decoding.readVarString(decoder) };
      return { kind: 'ignored', type };
    },
    ackMode: 'syncStatus',
    saveCheck: () => null,
    // The server closes connections silent for 60 s; the provider's awareness renewal (every 15 s)
    // normally prevents that. A QueryAwareness without a reply channel costs the server nothing.
    keepAlive: () => frame((encoder) => encoding.writeVarUint(encoder, QUERY_AWARENESS)),
  };
}
