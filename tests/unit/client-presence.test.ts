import { describe, expect, it } from 'vitest';
import { presenceList, samePresence } from '../../client/sync/presence.js';

const user = (id: string, name: string, entityId: string | null = 'fod-justitie') => ({
  id,
  name,
  entityId,
  entityName: entityId === null ? null : `Entity ${entityId}`,
  color: '#8e2c48',
});

describe('presence list', () => {
  it('lists each user once, the signed-in user first, then by name', () => {
    const states = new Map<number, unknown>([
      [1, { user: user('u-2', 'Zoë Peeters'), cursor: null }],
      [2, { user: user('u-1', 'An Janssens') }],
      [3, { user: user('u-3', 'Bram De Smet', 'fod-binnenlandse-zaken') }],
      [4, { user: user('u-2', 'Zoë Peeters') }], // second tab
    ]);
    const list = presenceList(states, 'u-3');
    expect(list.map((entry) => [entry.user.id, entry.isSelf])).toEqual([
      ['u-3', true],
      ['u-1', false],
      ['u-2', false],
    ]);
  });

  it('skips entries without a valid user (a client that has not announced itself yet)', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, { user: { name: 'no id' } }],
      [3, null],
      [4, { user: user('u-1', 'An Janssens', null) }],
    ]);
    const list = presenceList(states, 'x');
    expect(list).toHaveLength(1);
    expect(list[0]?.user.entityId).toBeNull();
  });

  it('compares lists by what they show', () => {
    const a = presenceList(new Map([[1, { user: user('u-1', 'An') }]]), 'u-1');
    const b = presenceList(new Map([[7, { user: user('u-1', 'An') }]]), 'u-1');
    const c = presenceList(new Map([[7, { user: user('u-1', 'Anne') }]]), 'u-1');
    expect(samePresence(a, b)).toBe(true);
    expect(samePresence(a, c)).toBe(false);
  });
});
