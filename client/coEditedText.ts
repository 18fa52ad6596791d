/**
 * Saving a text that colleagues write too (the advice's general text, an advice point, a package's
 * cover note) without overwriting what one of them saved meanwhile: the save names the `updatedAt`
 * its writer last saw, the server refuses it if the record changed since (409 `edited_meanwhile`),
 * and then the colleague's text is fetched to show beside the writer's own, who keeps theirs or
 * takes the colleague's. Pure (the requests are passed in), so it is unit-tested without a browser.
 */
import { ApiError } from './api.js';

/** A stored text and the stamp of the record it belongs to. */
export interface StampedText {
  text: string;
  updatedAt: number;
}

/** What became of a save: stored, or refused because a colleague's other text is there now. */
export type CoEditedSave = { saved: StampedText } | { theirs: StampedText; refusal: ApiError };

/** Whether a failure is the server's "a colleague changed this meanwhile". */
export function isEditedMeanwhile(failure: unknown): failure is ApiError {
  return failure instanceof ApiError && failure.code === 'edited_meanwhile';
}

/** What a save needs: the writer's text, what they last saw, and the two requests. */
export interface CoEditedSaveInput {
  mine: string;
  /** The stored text the writer started from. */
  base: StampedText;
  /** A colleague's text the writer was shown and chose to save theirs on top of; null when none. */
  theirs: StampedText | null;
  /** Stores `text` if the record is still at `expectedUpdatedAt`; rejects with edited_meanwhile otherwise. */
  store: (text: string, expectedUpdatedAt: number) => Promise<StampedText>;
  /** The stored text as it is now. */
  reload: () => Promise<StampedText>;
}

/**
 * Saves the writer's text over what they last saw. Refused because the record changed: when its text
 * did not (for the advice, a colleague added a point) or already reads as the writer's, nothing of
 * anyone's is lost and the text is saved (or taken) as it is; otherwise the colleague's text comes
 * back to be shown. Any other failure is thrown as it is.
 */
export async function saveCoEditedText({ mine, base, theirs, store, reload }: CoEditedSaveInput): Promise<CoEditedSave> {
  const seen = theirs ?? base;
  let refusal: ApiError;
  try {
    return { saved: await store(mine, seen.updatedAt) };
  } catch (failure) {
    if (!isEditedMeanwhile(failure)) throw failure;
    refusal = failure;
  }
  const now = await reload();
  if (now.text === mine) return { saved: now };
  if (now.text === seen.text) return { saved: await store(mine, now.updatedAt) };
  return { theirs: now, refusal };
}
