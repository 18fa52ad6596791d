/**
 * When "who wrote what" asks the server: at once when switched on with a text that changed, then
 * once per quiet moment after changes (never per keystroke), never while off; overtaken answers
 * are dropped and a failure is shown without losing the last answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthorshipMode, REFRESH_AFTER_MS } from '../../client/attribution/authorshipMode.js';
import type { DocumentAuthorship } from '../../shared/api/attribution.js';

function answer(seq: number): DocumentAuthorship {
  return { documentId: 'kiv', seq, authors: [], amendments: [], runs: [] };
}

/** A mode whose requests the test answers one by one. */
function harness() {
  const pending: { resolve: (value: DocumentAuthorship) => void; reject: (error: Error) => void }[] = [];
  const mode = new AuthorshipMode({
    load: () => new Promise<DocumentAuthorship>((resolve, reject) => pending.push({ resolve, reject })),
    describeFailure: (error) => (error instanceof Error ? `failed: ${error.message}` : 'failed'),
  });
  return { mode, pending };
}

/** Lets the promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('AuthorshipMode', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks when switched on, and not again when switched on with nothing changed', async () => {
    const { mode, pending } = harness();
    expect(pending).toHaveLength(0);
    mode.setEnabled(true);
    expect(pending).toHaveLength(1);
    expect(mode.load.get()).toEqual({ status: 'loading' });
    pending[0]!.resolve(answer(1));
    await settle();
    expect(mode.authorship.get()?.seq).toBe(1);
    expect(mode.load.get().status).toBe('ready');
    mode.setEnabled(false);
    mode.setEnabled(true);
    expect(pending).toHaveLength(1);
  });

  it('asks once per quiet moment after changes while on, and only counts them while off', async () => {
    const { mode, pending } = harness();
    mode.setEnabled(true);
    pending[0]!.resolve(answer(1));
    await settle();
    for (let key = 0; key < 20; key++) {
      mode.textChanged();
      await vi.advanceTimersByTimeAsync(100);
    }
    // The first change started the wait; twenty keystrokes later exactly one request went out.
    await vi.advanceTimersByTimeAsync(REFRESH_AFTER_MS);
    expect(pending).toHaveLength(2);
    expect(mode.textRevision.get()).toBe(1);

    mode.setEnabled(false);
    mode.textChanged();
    await vi.advanceTimersByTimeAsync(REFRESH_AFTER_MS);
    expect(pending).toHaveLength(2);
    expect(mode.textRevision.get()).toBe(2);
    // Switched on again after a change: asks at once.
    mode.setEnabled(true);
    expect(pending).toHaveLength(3);
  });

  it('drops an answer overtaken by a later request, and keeps the last answer when one fails', async () => {
    const { mode, pending } = harness();
    mode.setEnabled(true);
    void mode.refresh();
    pending[1]!.resolve(answer(2));
    await settle();
    pending[0]!.resolve(answer(1));
    await settle();
    expect(mode.authorship.get()?.seq).toBe(2);

    void mode.refresh();
    pending[2]!.reject(new Error('offline'));
    await settle();
    expect(mode.load.get()).toEqual({ status: 'failed', message: 'failed: offline' });
    expect(mode.authorship.get()?.seq).toBe(2);
    // The failure leaves the text stale: switching on again asks again.
    mode.setEnabled(false);
    mode.setEnabled(true);
    expect(pending).toHaveLength(4);
  });

  it('stops asking once destroyed', async () => {
    const { mode, pending } = harness();
    mode.setEnabled(true);
    mode.textChanged();
    mode.destroy();
    pending[0]!.resolve(answer(1));
    await vi.advanceTimersByTimeAsync(REFRESH_AFTER_MS * 2);
    expect(pending).toHaveLength(1);
    expect(mode.authorship.get()).toBeNull();
  });
});
