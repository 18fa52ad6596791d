/**
 * Saving an edit of a package's item without overwriting a colleague's unseen: the edit names the
 * `updatedAt` its writer last saw; refused because the item changed since (409 `edited_meanwhile`),
 * the item is read again. When its text is still the one the writer saw (the coordinator dropped or
 * kept it, or changed only its section or unit) or already reads as the writer's, the edit is saved on
 * top; otherwise the colleague's text comes back to be shown beside the writer's. Pure (the requests
 * are passed in), so it is unit-tested without a browser.
 */
import type { Contribution } from '../../shared/api/contributions.js';
import { ApiError } from '../api.js';
import { isEditedMeanwhile } from '../coEditedText.js';

/** What the writer's form holds. */
export interface ItemDraft {
  body: string;
  sectionId: string | null;
  unitId: string | null;
}

/** An item as stored: its fields and the stamp of its last change. */
export interface StampedItem extends ItemDraft {
  updatedAt: number;
}

/** What became of a save: stored (the package after it), or refused with the colleague's item to show. */
export type ItemSave = { saved: Contribution } | { theirs: StampedItem; latest: Contribution; refusal: ApiError };

/** What a save needs: the item, the writer's fields, what they last saw, and the two requests. */
export interface ItemSaveInput {
  itemId: string;
  mine: ItemDraft;
  /** The stored item the writer last saw (the colleague's, once shown). */
  seen: StampedItem;
  /** Stores `mine` if the item is still at `expectedUpdatedAt`; rejects with edited_meanwhile otherwise. */
  store: (mine: ItemDraft, expectedUpdatedAt: number) => Promise<Contribution>;
  /** The package as it is now. */
  reload: () => Promise<Contribution>;
}

/** The item as the package holds it; a 404 when it was removed meanwhile. */
export function stampedItem(contribution: Contribution, itemId: string): StampedItem {
  const item = contribution.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new ApiError(404, 'not_found', 'The item was removed meanwhile.');
  return { body: item.body, sectionId: item.sectionId, unitId: item.unitId, updatedAt: item.updatedAt };
}

/** Saves the writer's edit over what they last saw (see the file's comment); other failures are thrown as they are. */
export async function saveItemEdit({ itemId, mine, seen, store, reload }: ItemSaveInput): Promise<ItemSave> {
  let refusal: ApiError;
  try {
    return { saved: await store(mine, seen.updatedAt) };
  } catch (failure) {
    if (!isEditedMeanwhile(failure)) throw failure;
    refusal = failure;
  }
  const latest = await reload();
  const now = stampedItem(latest, itemId);
  if (now.body === seen.body || now.body === mine.body) return { saved: await store(mine, now.updatedAt) };
  return { theirs: now, latest, refusal };
}
