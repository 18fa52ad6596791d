/**
 * Saving a co-edited text (client/coEditedText.ts, used by the advice's general text and its points):
 * the save names the stamp last seen; a refusal because a colleague saved meanwhile brings the
 * colleague's text back to show beside the writer's, unless nothing of anyone's would be lost.
 * A fake server stands in for the two requests, keeping the record and refusing stale saves as the
 * real one does.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/api.js';
import { isEditedMeanwhile, saveCoEditedText, type StampedText } from '../../client/coEditedText.js';

/** A stored text that refuses a save naming another stamp than its own, and counts the saves it took. */
function fakeRecord(initial: StampedText) {
  let record = initial;
  const stores: { text: string; expected: number }[] = [];
  return {
    get record() {
      return record;
    },
    stores,
    /** A colleague's save (or any other change of the record). */
    change(text: string) {
      record = { text, updatedAt: record.updatedAt + 1 };
    },
    store: async (text: string, expected: number): Promise<StampedText> => {
      stores.push({ text, expected });
      if (expected !== record.updatedAt) throw new ApiError(409, 'edited_meanwhile', 'A colleague changed this text meanwhile.');
      record = { text, updatedAt: record.updatedAt + 1 };
      return record;
    },
    reload: async (): Promise<StampedText> => record,
  };
}

describe('saving a co-edited text', () => {
  it('saves over the text last seen when nobody changed it', async () => {
    const server = fakeRecord({ text: 'Eerste.', updatedAt: 10 });
    const outcome = await saveCoEditedText({ mine: 'Mijn tekst.', base: server.record, theirs: null, store: server.store, reload: server.reload });
    expect(outcome).toEqual({ saved: { text: 'Mijn tekst.', updatedAt: 11 } });
    expect(server.stores).toEqual([{ text: 'Mijn tekst.', expected: 10 }]);
  });

  it("brings back a colleague's text saved meanwhile, and overwrites nothing", async () => {
    const server = fakeRecord({ text: 'Eerste.', updatedAt: 10 });
    const base = server.record;
    server.change('Tekst van de collega.');
    const outcome = await saveCoEditedText({ mine: 'Mijn tekst.', base, theirs: null, store: server.store, reload: server.reload });
    expect(outcome).toMatchObject({ theirs: { text: 'Tekst van de collega.', updatedAt: 11 } });
    expect('refusal' in outcome && isEditedMeanwhile(outcome.refusal)).toBe(true);
    expect(server.record.text).toBe('Tekst van de collega.');

    // The writer keeps theirs: saved on top of the colleague's text they were shown.
    const kept = await saveCoEditedText({ mine: 'Mijn tekst.', base, theirs: server.record, store: server.store, reload: server.reload });
    expect(kept).toEqual({ saved: { text: 'Mijn tekst.', updatedAt: 12 } });
  });

  it('shows the newest text again when the colleague saved once more before the writer kept theirs', async () => {
    const server = fakeRecord({ text: 'Eerste.', updatedAt: 10 });
    const base = server.record;
    server.change('Collega, eerste keer.');
    const shown = server.record;
    server.change('Collega, tweede keer.');
    const outcome = await saveCoEditedText({ mine: 'Mijn tekst.', base, theirs: shown, store: server.store, reload: server.reload });
    expect(outcome).toMatchObject({ theirs: { text: 'Collega, tweede keer.' } });
    expect(server.record.text).toBe('Collega, tweede keer.');
  });

  it('saves at once when the record changed but its text did not (a colleague added a point)', async () => {
    const server = fakeRecord({ text: 'Algemene tekst.', updatedAt: 10 });
    const base = server.record;
    server.change('Algemene tekst.');
    const outcome = await saveCoEditedText({ mine: 'Mijn algemene tekst.', base, theirs: null, store: server.store, reload: server.reload });
    expect(outcome).toEqual({ saved: { text: 'Mijn algemene tekst.', updatedAt: 12 } });
    expect(server.stores.map((store) => store.expected)).toEqual([10, 11]);
  });

  it('takes the stored text when a colleague already saved the very same words', async () => {
    const server = fakeRecord({ text: 'Eerste.', updatedAt: 10 });
    const base = server.record;
    server.change('Dezelfde woorden.');
    const outcome = await saveCoEditedText({ mine: 'Dezelfde woorden.', base, theirs: null, store: server.store, reload: server.reload });
    expect(outcome).toEqual({ saved: { text: 'Dezelfde woorden.', updatedAt: 11 } });
    expect(server.stores).toHaveLength(1);
  });

  it('throws any other refusal as it is, without reading the text again', async () => {
    let reloaded = false;
    const refusal = new ApiError(409, 'not_a_draft', 'Submitted.');
    const failing = saveCoEditedText({
      mine: 'Mijn tekst.',
      base: { text: '', updatedAt: 1 },
      theirs: null,
      store: async () => {
        throw refusal;
      },
      reload: async () => {
        reloaded = true;
        return { text: '', updatedAt: 1 };
      },
    });
    await expect(failing).rejects.toBe(refusal);
    expect(reloaded).toBe(false);
    expect(isEditedMeanwhile(refusal)).toBe(false);
    expect(isEditedMeanwhile(new Error('edited_meanwhile'))).toBe(false);
  });
});
