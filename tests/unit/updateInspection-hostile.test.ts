/** The gate against hostile input: hand-crafted updates Yjs cannot integrate, and seeded fuzzing. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from '../../server/sync/updateInspection.js';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { recordingDoc, server, addParagraph, craftUpdate, seededBase, applyOutcome } from '../utils/yjsUpdates.js';
import { prng } from '../utils/prng.js';

describe('inspectUpdate: hand-crafted updates Yjs cannot integrate', () => {
  it('applies what it accepts in the ordinary cases (guards the helper below)', () => {
    const { base } = seededBase();
    const after = craftUpdate([[8, 0, [{ text: '!', origin: [7, 6] }]]]);
    expect(inspectUpdate(after, 'bob', server([base], { 7: 'system' }).facts)).toMatchObject({ ok: true, inserted: [[8, 0, 1]] });
    expect(applyOutcome([base], after)).toBe('applied');
  });

  // Regression: the first version compared an origin with the update's own reach, so an item could name
  // a later item of its own client (or itself) as its origin. Yjs throws while integrating that, and
  // a stored copy made every later load of the room throw.
  it('refuses an item whose origin is a later item of the same update', () => {
    const { base } = seededBase();
    const forward = craftUpdate([[8, 0, [{ text: 'a', origin: [8, 1] }, { text: 'b', origin: [7, 6] }]]]);
    expect(applyOutcome([base], forward)).toBe('threw');
    expect(inspectUpdate(forward, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  it('refuses an item that is its own origin', () => {
    const { base } = seededBase();
    const self = craftUpdate([[8, 0, [{ text: 'a', origin: [8, 0] }]]]);
    expect(applyOutcome([base], self)).toBe('threw');
    expect(inspectUpdate(self, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  // Regression: two items of different clients that name each other as origin used to pass (each
  // "known" through the update's reach), but Yjs can integrate neither: they would stay pending for ever.
  it('refuses items of two clients that depend on each other', () => {
    const { base } = seededBase();
    const circular = craftUpdate([
      [9, 0, [{ text: 'a', origin: [8, 0] }]],
      [8, 0, [{ text: 'b', origin: [9, 0] }]],
    ]);
    expect(applyOutcome([base], circular)).toBe('pending');
    expect(inspectUpdate(circular, 'bob', server([base], { 7: 'system' }).facts).ok).toBe(false);
  });

  // Regression: Yjs keeps only the LAST block of a client (readClientsStructRefs: clientRefs.set(client, …)).
  // Two blocks [1..6] then [6..13] used to pass, yet Yjs drops the first and leaves the second pending
  // while the sender is told it is saved.
  it('refuses an update that repeats a client block', () => {
    const { fragment, updates } = recordingDoc(7);
    const text = new Y.XmlText();
    fragment.insert(0, [text]); // clock 0
    text.insert(0, 'Hallo'); // clocks 1..5
    text.insert(5, ' wereld'); // clocks 6..12
    // Each update here is [1 client][block][0 deletes]: splice the two blocks into one update.
    const block = (update: Uint8Array) => update.slice(1, -1);
    const repeated = new Uint8Array([2, ...block(updates[1]!), ...block(updates[2]!), 0]);
    expect(applyOutcome([updates[0]!], repeated)).toBe('pending');
    expect(inspectUpdate(repeated, 'alice', server([updates[0]!]).facts).ok).toBe(false);
  });
});

describe('inspectUpdate: seeded fuzzing', () => {
  function corpus(): { valid: Uint8Array[]; base: Uint8Array } {
    const author = recordingDoc(7);
    const text = addParagraph(author.fragment, 'Hallo wereld');
    text.format(0, 5, { strong: true });
    text.delete(2, 3);
    text.insert(1, 'é€😀');
    const item = new Y.XmlElement('list_item');
    item.setAttribute('id', 'x');
    author.fragment.insert(1, [item]);
    const other = recordingDoc(8);
    Y.applyUpdate(other.doc, Y.encodeStateAsUpdate(author.doc));
    ((other.fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(3, 'tussen');
    return { valid: [...author.updates, Y.encodeStateAsUpdate(author.doc), ...other.updates], base: author.updates[0]! };
  }

  const SEED = 20260227;
  const RUNS = 2000;

  // A hang fails by the test's timeout; how fast inspection is belongs to `npm run bench`.
  it(`never throws and never hangs on ${RUNS} mangled updates (seed ${SEED})`, () => {
    const rand = prng(SEED);
    const pick = (n: number) => Math.floor(rand() * n);
    const { valid, base } = corpus();
    const facts = [server().facts, server([base], { 7: 'alice' }).facts];
    const allowedCodes: number[] = [CloseCode.MalformedFrame, CloseCode.MissingDependencies, CloseCode.ForgedClientId];
    const failures: string[] = [];

    for (let run = 0; run < RUNS; run++) {
      const source = valid[pick(valid.length)]!;
      let input: Uint8Array;
      switch (pick(5)) {
        case 0:
          input = Uint8Array.from({ length: pick(96) }, () => pick(256));
          break;
        case 1:
          input = source.slice(0, pick(source.length));
          break;
        case 2: {
          input = source.slice();
          for (let flips = 1 + pick(4); flips > 0; flips--) input[pick(input.length)]! ^= 1 << pick(8);
          break;
        }
        case 3: {
          const at = pick(source.length + 1);
          const noise = Uint8Array.from({ length: 1 + pick(8) }, () => pick(256));
          input = new Uint8Array([...source.slice(0, at), ...noise, ...source.slice(at)]);
          break;
        }
        default: {
          // Large varints where small ones were: lengths and counts that promise far more than there is.
          input = source.slice();
          input[pick(input.length)] = 0xff;
          input = new Uint8Array([...input.slice(0, 3), 0xff, 0xff, 0xff, 0x7f, ...input.slice(3)]);
        }
      }
      try {
        const verdict = inspectUpdate(input, 'alice', facts[run % 2]!);
        if (!verdict.ok && !allowedCodes.includes(verdict.code)) failures.push(`run ${run}: unexpected code ${verdict.code}`);
      } catch (error) {
        failures.push(`run ${run}: threw ${String(error)} on [${[...input].join(',')}]`);
      }
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
  });
});
