/**
 * Our server's dialect: plain y-websocket framing on `/sync/<room>`, cookie-authenticated upgrades
 * with an Origin check, plus our message types 100-102 (shared/protocol/messages.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../shared/protocol/messages.js';
import type { ClientRole, ControlMessage, Dialect } from './dialect.js';

/** Demo accounts (shared/DESIGN.md): the KIV lead may write doc:kiv, the reader only reads. */
export const DEMO_ACCOUNTS: Record<ClientRole, { email: string; password: string }> = {
  writer: { email: 'lead@justitie.example', password: 'veiligheid2026' },
  reader: { email: 'reader@binnenland.example', password: 'veiligheid2026' },
};

/** Logs in once and returns the session cookie (`name=value`) to reuse for every connection. */
export async function login(baseUrl: string, role: ClientRole): Promise<string> {
  const account = DEMO_ACCOUNTS[role];
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify(account),
    signal: AbortSignal.timeout(15_000),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`login as ${account.email} failed: HTTP ${response.status} ${body.slice(0, 300)}`);
  const cookies = response.headers.getSetCookie();
  const session = cookies.map((cookie) => cookie.split(';')[0] ?? '').find((pair) => pair.includes('='));
  if (session === undefined) throw new Error(`login as ${account.email} answered ${response.status} without a cookie`);
  return session;
}

/** Our dialect for one server; `cookies` holds a logged-in session per role. */
export function ourDialect(baseUrl: string, cookies: Record<ClientRole, string>, documentName = 'doc:kiv'): Dialect {
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/sync/${documentName}`;
  return {
    kind: 'ours',
    documentName,
    url: () => wsUrl,
    headers: (role) => ({ Cookie: cookies[role], Origin: baseUrl }),
    greeting: () => [],
    frame: (write) => {
      const encoder = encoding.createEncoder();
      write(encoder);
      return encoding.toUint8Array(encoder);
    },
    unwrap: () => true,
    control: (type, decoder): ControlMessage => {
      if (type === MessageType.Saved) return { kind: 'saved', nonce: decoding.readVarUint(decoder) };
      if (type === MessageType.ReadOnly) return { kind: 'readOnly' };
      return { kind: 'ignored', type };
    },
    ackMode: 'saveCheck',
    saveCheck: (nonce) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MessageType.SaveCheck);
      encoding.writeVarUint(encoder, nonce);
      return encoding.toUint8Array(encoder);
    },
    keepAlive: () => null,
  };
}
