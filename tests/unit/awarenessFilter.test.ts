/** The presence filter (server/sync/awarenessFilter.ts), fed updates encoded by y-protocols. */
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MAX_AWARENESS_IDS_PER_CONNECTION, filterAwarenessUpdate, type AwarenessClaims } from '../../server/sync/awarenessFilter.js';
import { MAX_AWARENESS_BYTES } from '../../shared/protocol/limits.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';

const SOFIE: PresenceUser = {
  id: 'user-sofie',
  name: 'Sofie Claes',
  entityId: 'fod-justitie',
  entityName: 'FOD Justitie – Dienst Strafrechtelijk beleid',
  color: '#8e2c48',
};

const EVIL = { user: { name: 'Evil', id: 'user-admin', color: '#000000' }, cursor: { anchor: 1, head: 2 } };

const toDestroy: Awareness[] = [];
afterEach(() => {
  for (const awareness of toDestroy.splice(0)) awareness.destroy();
});

/** A client's awareness with a fixed client ID and a local state. */
function clientAwareness(clientId: number, state: Record<string, unknown> | null): Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  toDestroy.push(awareness);
  awareness.setLocalState(state);
  return awareness;
}

/** One awareness update carrying the states of several client IDs, as a relay would send it. */
function multiUpdate(entries: [clientId: number, state: Record<string, unknown> | null][]): Uint8Array {
  const collector = clientAwareness(999_999, null);
  for (const [clientId, state] of entries) {
    const own = clientAwareness(clientId, state);
    applyAwarenessUpdate(collector, encodeAwarenessUpdate(own, [clientId]), 'test');
  }
  return encodeAwarenessUpdate(collector, entries.map(([clientId]) => clientId));
}

function update(clientId: number, state: Record<string, unknown> | null): Uint8Array {
  return encodeAwarenessUpdate(clientAwareness(clientId, state), [clientId]);
}

const nobody: AwarenessClaims = { holderOf: () => undefined };
function claimsOf(holders: Record<number, string>): AwarenessClaims {
  return { holderOf: (clientId) => holders[clientId] };
}

/** What another client sees after applying the filtered update. */
function statesSeen(filtered: Uint8Array): Map<number, unknown> {
  const observer = clientAwareness(424_242, null);
  applyAwarenessUpdate(observer, filtered, 'server');
  return new Map([...observer.getStates()].filter(([clientId]) => clientId !== 424_242));
}

function accepted(verdict: ReturnType<typeof filterAwarenessUpdate>) {
  if (!verdict.ok) throw new Error(`refused: ${verdict.detail}`);
  return verdict;
}

describe('filterAwarenessUpdate', () => {
  it("replaces the user a client claims by the server's and keeps the cursor", () => {
    const verdict = accepted(filterAwarenessUpdate(update(11, EVIL), 'conn-a', new Set(), nobody, SOFIE));
    expect(verdict.claimed).toEqual([11]);
    expect(verdict.entries).toBe(1);
    expect(statesSeen(verdict.update)).toEqual(new Map([[11, { user: SOFIE, cursor: { anchor: 1, head: 2 } }]]));
  });

  it('drops every other field a client sends', () => {
    const state = { user: { name: 'x' }, cursor: { anchor: { type: 'rel' }, head: null, extra: 1 }, role: 'admin', html: '<img>' };
    const verdict = accepted(filterAwarenessUpdate(update(11, state), 'conn-a', new Set(), nobody, SOFIE));
    expect(statesSeen(verdict.update).get(11)).toEqual({ user: SOFIE, cursor: { anchor: { type: 'rel' }, head: null } });
  });

  it.each([
    ['no cursor', { user: { name: 'x' } }],
    ['a cursor without head', { cursor: { anchor: 1 } }],
    ['a cursor that is a list', { cursor: [1, 2] }],
  ])('sets the cursor to null for %s', (_name, state) => {
    const verdict = accepted(filterAwarenessUpdate(update(11, state), 'conn-a', new Set(), nobody, SOFIE));
    expect(statesSeen(verdict.update).get(11)).toEqual({ user: SOFIE, cursor: null });
  });

  it('does not claim again an ID the connection already holds', () => {
    const verdict = accepted(filterAwarenessUpdate(update(11, EVIL), 'conn-a', new Set([11]), claimsOf({ 11: 'conn-a' }), SOFIE));
    expect(verdict.claimed).toEqual([]);
    expect(verdict.entries).toBe(1);
  });

  it("ignores another connection's client ID", () => {
    const verdict = accepted(filterAwarenessUpdate(update(12, EVIL), 'conn-a', new Set(), claimsOf({ 12: 'conn-b' }), SOFIE));
    expect(verdict).toMatchObject({ claimed: [], entries: 0 });
    expect(statesSeen(verdict.update).size).toBe(0);
  });

  it("keeps its own entry and drops the foreign one in a mixed update", () => {
    const raw = multiUpdate([
      [11, EVIL],
      [12, { cursor: { anchor: 5, head: 5 } }],
    ]);
    const verdict = accepted(filterAwarenessUpdate(raw, 'conn-a', new Set(), claimsOf({ 12: 'conn-b' }), SOFIE));
    expect(verdict.claimed).toEqual([11]);
    expect([...statesSeen(verdict.update).keys()]).toEqual([11]);
  });

  it(`claims at most ${MAX_AWARENESS_IDS_PER_CONNECTION} IDs per connection and ignores the rest`, () => {
    const ids = [21, 22, 23, 24, 25, 26];
    const raw = multiUpdate(ids.map((id) => [id, { cursor: { anchor: id, head: id } }]));
    const verdict = accepted(filterAwarenessUpdate(raw, 'conn-a', new Set(), nobody, SOFIE));
    expect(verdict.claimed).toEqual(ids.slice(0, MAX_AWARENESS_IDS_PER_CONNECTION));
    expect(verdict.entries).toBe(MAX_AWARENESS_IDS_PER_CONNECTION);
    expect([...statesSeen(verdict.update).keys()].sort()).toEqual(ids.slice(0, MAX_AWARENESS_IDS_PER_CONNECTION));
  });

  it('counts the IDs a connection already holds towards the limit', () => {
    const owned = new Set([1, 2, 3]);
    const raw = multiUpdate([
      [4, EVIL],
      [5, EVIL],
    ]);
    const verdict = accepted(filterAwarenessUpdate(raw, 'conn-a', owned, nobody, SOFIE));
    expect(verdict.claimed).toEqual([4]);
    expect(verdict.entries).toBe(1);
  });

  it('ignores a null state (a removal) for an ID the connection does not hold', () => {
    const foreign = accepted(filterAwarenessUpdate(update(12, null), 'conn-a', new Set(), claimsOf({ 12: 'conn-b' }), SOFIE));
    expect(foreign).toMatchObject({ claimed: [], entries: 0 });
    const unclaimed = accepted(filterAwarenessUpdate(update(13, null), 'conn-a', new Set(), nobody, SOFIE));
    expect(unclaimed).toMatchObject({ claimed: [], entries: 0 });
  });

  it('passes on a removal of its own ID', () => {
    const raw = update(11, null);
    const verdict = accepted(filterAwarenessUpdate(raw, 'conn-a', new Set([11]), claimsOf({ 11: 'conn-a' }), SOFIE));
    expect(verdict).toMatchObject({ claimed: [], entries: 1 });
    // The same bytes as the client's removal: client 11, its clock, "null".
    expect(verdict.update).toEqual(raw);
  });

  it.each([
    ['truncated', () => update(11, EVIL).slice(0, 5)],
    ['trailing bytes', () => new Uint8Array([...update(11, EVIL), 0])],
    [
      'invalid JSON',
      () => {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 11);
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, '{"user":');
        return encoding.toUint8Array(e);
      },
    ],
    ['empty', () => new Uint8Array()],
    ['a count promising more entries', () => new Uint8Array([0xff, 0xff, 0x03, 11, 1, 2, 0x7b, 0x7d])],
  ])('refuses a malformed update: %s', (_name, make) => {
    const verdict = filterAwarenessUpdate(make(), 'conn-a', new Set(), nobody, SOFIE);
    expect(verdict.ok).toBe(false);
  });

  it('refuses an update larger than MAX_AWARENESS_BYTES', () => {
    const raw = update(11, { cursor: { anchor: 1, head: 2 }, padding: 'x'.repeat(MAX_AWARENESS_BYTES) });
    expect(raw.length).toBeGreaterThan(MAX_AWARENESS_BYTES);
    expect(filterAwarenessUpdate(raw, 'conn-a', new Set(), nobody, SOFIE)).toEqual({ ok: false, detail: 'awareness update too large' });
  });

  it('accepts an update just within MAX_AWARENESS_BYTES', () => {
    const small = update(11, { cursor: { anchor: 1, head: 2 }, padding: '' });
    const raw = update(11, { cursor: { anchor: 1, head: 2 }, padding: 'x'.repeat(MAX_AWARENESS_BYTES - small.length - 4) });
    expect(raw.length).toBeLessThanOrEqual(MAX_AWARENESS_BYTES);
    expect(filterAwarenessUpdate(raw, 'conn-a', new Set(), nobody, SOFIE).ok).toBe(true);
  });
});
