/**
 * Seeded fuzzing: writers edit concurrently while randomly going offline and back; in the end every
 * client and the server's stored text agree. A failing seed is printed; keep it in REGRESSION_SEEDS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { signIn } from '../utils/http.js';
import { prng } from '../utils/prng.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, documentText, type SyncClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

/** Seeds that once failed, replayed on every run. */
const REGRESSION_SEEDS: number[] = [];
const RANDOM_SEEDS = 3;

let server: TestServer & { origin: string };
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Every paragraph-like XmlText in the document. */
function texts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) out.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment('prosemirror'));
  return out;
}

async function fuzz(seed: number): Promise<void> {
  const random = prng(seed);
  const lead = await signIn(server, 'lead@justitie.example');
  const reader = await signIn(server, 'reader@binnenland.example');
  const room = seed % 2 === 0 ? 'doc:kiv' : 'doc:nvp';
  const writerCookie = room === 'doc:kiv' ? lead : await signIn(server, 'lead@politie.example');
  const writers: SyncClient[] = [0, 1, 2].map(() => connectClient(server, room, writerCookie));
  const watcher = connectClient(server, room, reader);
  const all = [...writers, watcher];
  try {
    await waitFor(() => all.every((c) => c.provider.synced), 'initial sync');
    for (let step = 0; step < 150; step++) {
      const writer = writers[Math.floor(random() * writers.length)]!;
      const roll = random();
      if (roll < 0.08) {
        if (writer.provider.wsconnected) writer.provider.disconnect();
        else writer.provider.connect();
      } else {
        const candidates = texts(writer.doc);
        const text = candidates[Math.floor(random() * candidates.length)]!;
        if (roll < 0.75 || text.length === 0) {
          text.insert(Math.floor(random() * (text.length + 1)), `s${seed}.${step} `);
        } else {
          const at = Math.floor(random() * text.length);
          text.delete(at, Math.min(text.length - at, 1 + Math.floor(random() * 8)));
        }
      }
      if (random() < 0.2) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 5)));
    }
    for (const writer of writers) if (!writer.provider.wsconnected) writer.provider.connect();
    await waitFor(() => all.every((c) => c.provider.synced), 'everyone back', 15_000);
    for (const writer of writers) await writer.saved();
    const expected = documentText(writers[0]!.doc);
    await waitFor(() => all.every((c) => documentText(c.doc) === expected), 'convergence', 15_000);
    // And the server agrees: a fresh client loads exactly the same.
    const late = connectClient(server, room, reader);
    await waitFor(() => late.provider.synced, 'late join');
    expect(documentText(late.doc)).toBe(expected);
    late.destroy();
  } catch (error) {
    throw new Error(`fuzz seed ${seed} failed (add it to REGRESSION_SEEDS): ${String(error)}`);
  } finally {
    for (const client of all) client.destroy();
  }
}

describe('concurrent edits with disconnects', () => {
  const seeds = [...REGRESSION_SEEDS, ...Array.from({ length: RANDOM_SEEDS }, () => Math.floor(Math.random() * 2 ** 31))];
  for (const seed of seeds) {
    it(`converges (seed ${seed})`, () => fuzz(seed));
  }
});
