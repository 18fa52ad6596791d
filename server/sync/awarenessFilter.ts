/**
 * Presence is client-controlled in y-protocols: any client may overwrite anyone's entry. This filter
 * keeps a connection to its own awareness client IDs and replaces the `user` it claims with the one
 * the server knows from the session, so nobody can appear as, or remove, someone else.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_AWARENESS_BYTES } from '../../shared/protocol/limits.js';
import type { PresenceState, PresenceUser } from '../../shared/protocol/presence.js';

/** Awareness client IDs one connection may hold (one per Y.Doc it edits with; a few tabs' worth). */
export const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

/** Who holds which awareness client ID in a room. */
export interface AwarenessClaims {
  /** The connection that claimed this client ID, if any. */
  holderOf(clientId: number): string | undefined;
}

/** The result of filtering one awareness message. */
export type AwarenessVerdict =
  | { ok: true; update: Uint8Array; claimed: number[]; entries: number }
  | { ok: false; detail: string };

/** Filters an awareness update from `connectionId`, whose own IDs are `owned`. */
export function filterAwarenessUpdate(
  raw: Uint8Array,
  connectionId: string,
  owned: ReadonlySet<number>,
  claims: AwarenessClaims,
  user: PresenceUser,
): AwarenessVerdict {
  if (raw.length > MAX_AWARENESS_BYTES) return { ok: false, detail: 'awareness update too large' };
  const entries: { clientId: number; clock: number; state: PresenceState | null }[] = [];
  const claimed: number[] = [];
  try {
    const decoder = decoding.createDecoder(raw);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      const state: unknown = JSON.parse(json);
      const holder = claims.holderOf(clientId);
      const mine = owned.has(clientId) || claimed.includes(clientId);
      if (!mine) {
        // Another connection's ID, or one more than a connection needs: ignored, not an error,
        // so that a buggy client keeps working while a spoofing one achieves nothing.
        if (holder !== undefined && holder !== connectionId) continue;
        if (owned.size + claimed.length >= MAX_AWARENESS_IDS_PER_CONNECTION) continue;
        if (state === null) continue;
        claimed.push(clientId);
      }
      entries.push({ clientId, clock, state: state === null ? null : sanitizeState(state, user) });
    }
    if (decoding.hasContent(decoder)) return { ok: false, detail: 'trailing bytes after awareness update' };
  } catch (error) {
    return { ok: false, detail: `malformed awareness update: ${String(error)}` };
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return { ok: true, update: encoding.toUint8Array(encoder), claimed, entries: entries.length };
}

/** Keeps the cursor (y-prosemirror's relative positions) and states the user from the session. */
function sanitizeState(state: unknown, user: PresenceUser): PresenceState {
  const cursor = isRecord(state) && isRecord(state.cursor) ? state.cursor : null;
  return {
    user,
    cursor: cursor && 'anchor' in cursor && 'head' in cursor ? { anchor: cursor.anchor, head: cursor.head } : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
