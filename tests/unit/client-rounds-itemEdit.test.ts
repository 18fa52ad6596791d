/**
 * Saving an item's edit over a colleague's (client/rounds/itemEdit.ts), with the requests faked: a
 * save on what the writer saw goes through; refused because a colleague rewrote the text, the
 * colleague's text comes back and nothing is stored; refused because the colleague only dropped the
 * item or changed its unit (or wrote the same text), the writer's edit is saved on top; other
 * failures are thrown as they are.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/api.js';
import { saveItemEdit, stampedItem, type ItemDraft, type StampedItem } from '../../client/rounds/itemEdit.js';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';

const ITEM = 'item-1';

/** A package holding one remark as `stored`. */
function packageWith(stored: StampedItem): Contribution {
  const item = { id: ITEM, kind: 'remark', documentId: 'kiv', ...stored } as unknown as ContributionItem;
  return { id: 'package', items: [item] } as unknown as Contribution;
}

/** A fake server holding the item: refuses a stale save like the real one. */
function fakeServer(stored: StampedItem) {
  let current = stored;
  const stores: [ItemDraft, number][] = [];
  return {
    stores,
    get current() {
      return current;
    },
    colleagueSaves(change: Partial<ItemDraft>) {
      current = { ...current, ...change, updatedAt: current.updatedAt + 1 };
    },
    store: async (mine: ItemDraft, expectedUpdatedAt: number) => {
      stores.push([mine, expectedUpdatedAt]);
      if (expectedUpdatedAt !== current.updatedAt) throw new ApiError(409, 'edited_meanwhile', 'changed');
      current = { ...mine, updatedAt: current.updatedAt + 1 };
      return packageWith(current);
    },
    reload: async () => packageWith(current),
  };
}

const seen: StampedItem = { body: 'Origineel.', sectionId: null, unitId: 'unit-1', updatedAt: 100 };
const mine: ItemDraft = { body: 'Mijn versie.', sectionId: 'kiv-2', unitId: 'unit-1' };

describe("saving an item's edit over a colleague's", () => {
  it('saves an edit made on what is stored', async () => {
    const server = fakeServer(seen);
    const outcome = await saveItemEdit({ itemId: ITEM, mine, seen, store: server.store, reload: server.reload });
    expect('saved' in outcome && stampedItem(outcome.saved, ITEM)).toEqual({ ...mine, updatedAt: 101 });
  });

  it("shows the colleague's rewritten text and stores nothing of the writer's", async () => {
    const server = fakeServer(seen);
    server.colleagueSaves({ body: 'Door de coördinator.' });
    const outcome = await saveItemEdit({ itemId: ITEM, mine, seen, store: server.store, reload: server.reload });
    if (!('theirs' in outcome)) throw new Error('expected the refusal');
    expect(outcome.theirs).toEqual({ ...seen, body: 'Door de coördinator.', updatedAt: 101 });
    expect(outcome.refusal.code).toBe('edited_meanwhile');
    expect(server.current.body).toBe('Door de coördinator.');
    // Saved on top, with what the writer was shown: it goes through.
    const onTop = await saveItemEdit({ itemId: ITEM, mine, seen: outcome.theirs, store: server.store, reload: server.reload });
    expect('saved' in onTop).toBe(true);
    expect(server.current).toEqual({ ...mine, updatedAt: 102 });
  });

  it('saves on top when the colleague left the text as it was, or wrote the same', async () => {
    for (const change of [{ unitId: 'unit-2' }, { body: mine.body }]) {
      const server = fakeServer(seen);
      server.colleagueSaves(change);
      const outcome = await saveItemEdit({ itemId: ITEM, mine, seen, store: server.store, reload: server.reload });
      expect('saved' in outcome, JSON.stringify(change)).toBe(true);
      expect(server.current).toEqual({ ...mine, updatedAt: 102 });
      expect(server.stores.map(([, expected]) => expected)).toEqual([100, 101]);
    }
  });

  it('throws any other failure, and a 404 when the item was removed meanwhile', async () => {
    const refused = () => Promise.reject(new ApiError(403, 'forbidden', 'no'));
    await expect(saveItemEdit({ itemId: ITEM, mine, seen, store: refused, reload: async () => packageWith(seen) })).rejects.toMatchObject({ code: 'forbidden' });
    const stale = () => Promise.reject(new ApiError(409, 'edited_meanwhile', 'changed'));
    const empty = { id: 'package', items: [] } as unknown as Contribution;
    await expect(saveItemEdit({ itemId: ITEM, mine, seen, store: stale, reload: async () => empty })).rejects.toMatchObject({ code: 'not_found' });
  });
});
