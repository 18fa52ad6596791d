/**
 * The live list behind the comment threads and the advice points of an open text
 * (client/liveList.ts): an older answer never replaces a newer list, an action's answer shows at
 * once, one polling serves every user and stops with the last, only a visible page polls, and one
 * value per connection and key is shared.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveList, perConnection, type PageVisibility } from '../../client/liveList.js';

const INTERVAL = 10_000;

/** A load whose answers the test gives, in the order it likes. */
function controlledLoad() {
  const pending: { resolve: (list: readonly string[]) => void; reject: (failure: unknown) => void }[] = [];
  return {
    load: () => new Promise<readonly string[]>((resolve, reject) => pending.push({ resolve, reject })),
    get calls() {
      return pending.length;
    },
    answer(call: number, list: readonly string[]) {
      pending[call]!.resolve(list);
    },
    fail(call: number, failure: unknown) {
      pending[call]!.reject(failure);
    },
  };
}

/** A page the test shows and hides. */
function fakePage() {
  const listeners = new Set<() => void>();
  let visible = true;
  const page: PageVisibility = {
    visible: () => visible,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    page,
    listeners,
    set(next: boolean) {
      visible = next;
      for (const listener of listeners) listener();
    },
  };
}

/** Lets the promise callbacks of answered loads run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** A list on a visible page whose first load answered `first`. */
async function loadedList(first: readonly string[]) {
  const server = controlledLoad();
  const list = createLiveList(server.load, { intervalMs: INTERVAL, page: fakePage().page });
  void list.refresh();
  server.answer(0, first);
  await settle();
  return { server, list };
}

describe('a live list', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the newest answer when an older request comes back last', async () => {
    const server = controlledLoad();
    const list = createLiveList(server.load, { intervalMs: INTERVAL, page: fakePage().page });
    expect(list.items.get()).toBeNull();
    void list.refresh();
    void list.refresh();
    server.answer(1, ['new']);
    await settle();
    server.answer(0, ['old']);
    await settle();
    expect(list.items.get()).toEqual(['new']);
  });

  it('shows an action’s answer at once, drops the request it overtook, and asks again', async () => {
    const { server, list } = await loadedList(['a']);
    void list.refresh();
    list.replace((current) => [...current, 'mine']);
    expect(list.items.get()).toEqual(['a', 'mine']);
    // The request under way when the action answered knew nothing of it.
    server.answer(1, ['a']);
    await settle();
    expect(list.items.get()).toEqual(['a', 'mine']);
    expect(server.calls).toBe(3);
    server.answer(2, ['a', 'mine', 'theirs']);
    await settle();
    expect(list.items.get()).toEqual(['a', 'mine', 'theirs']);
  });

  it('shows a failure beside the last list, and clears it with the next success', async () => {
    const { server, list } = await loadedList(['a']);
    void list.refresh();
    server.fail(1, new Error('offline'));
    await settle();
    expect(list.error.get()?.message).toBe('offline');
    expect(list.items.get()).toEqual(['a']);
    void list.refresh();
    server.answer(2, ['b']);
    await settle();
    expect(list.error.get()).toBeNull();
    expect(list.items.get()).toEqual(['b']);
  });

  it('lets its triage deal with a failure (a 401 signs out) instead of showing it', async () => {
    const server = controlledLoad();
    const seen: unknown[] = [];
    const list = createLiveList(server.load, { intervalMs: INTERVAL, page: fakePage().page, triage: (failure) => void seen.push(failure) });
    void list.refresh();
    server.fail(0, 'session ended');
    await settle();
    expect(seen).toEqual(['session ended']);
    expect(list.error.get()).toBeNull();
  });

  it('polls once for all its users while the page is visible, and stops with the last user', async () => {
    const server = controlledLoad();
    const visibility = fakePage();
    const list = createLiveList(server.load, { intervalMs: INTERVAL, page: visibility.page });
    const stopPlugin = list.start();
    const stopPanel = list.start();
    expect(server.calls).toBe(1);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(server.calls).toBe(2);

    // Hidden, it does not poll; shown again, it loads at once.
    visibility.set(false);
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(server.calls).toBe(2);
    visibility.set(true);
    expect(server.calls).toBe(3);

    stopPanel();
    stopPanel();
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(server.calls).toBe(4);
    stopPlugin();
    expect(visibility.listeners.size).toBe(0);
    // An answer to a request of the stopped polling is dropped.
    server.answer(3, ['late']);
    await vi.advanceTimersByTimeAsync(3 * INTERVAL);
    expect(server.calls).toBe(4);
    expect(list.items.get()).toBeNull();

    // Started again, it loads again.
    list.start();
    expect(server.calls).toBe(5);
  });
});

describe('one value per connection', () => {
  it('is made once per connection and key, and again for another key', () => {
    let made = 0;
    const of = perConnection((key) => ({ key, serial: ++made }));
    const first = {};
    const second = {};
    expect(of(first, 'doc:kiv')).toBe(of(first, 'doc:kiv'));
    expect(of(second, 'doc:kiv')).not.toBe(of(first, 'doc:kiv'));
    const other = of(first, 'amendment:a1');
    expect(other).toEqual({ key: 'amendment:a1', serial: 3 });
    expect(of(first, 'amendment:a1')).toBe(other);
    expect(made).toBe(3);
  });
});
