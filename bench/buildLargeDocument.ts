/**
 * Builds the late-join document: on top of the server's current state, new paragraphs spread over
 * the sections, then a long history of edits by a handful of authors: word inserts (1-7
 * characters), some where the author typed last and the rest at random places, and some deletes
 * (1-5 characters), from a seeded PRNG so runs are comparable. With the defaults: ~300,000
 * characters after 100,000 edits. Returns the history as a few hundred merged updates.
 * (How fragmented the history is decides most of the join time: all-random positions make the
 * joiner's Y.applyUpdate ~3× slower than half typing runs; the default half/half lands near the
 * Hocuspocus anchors of the issue.)
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { appendParagraphs, textLength } from './documentShape.js';
import { seededRandom } from './stats.js';

/** Shape of the late-join document. */
export interface LargeDocumentOptions {
  /** Edits (transactions) in the history. */
  edits: number;
  /** New paragraphs the edits go into. */
  paragraphs: number;
  /** Distinct Yjs client IDs the edits come from. */
  authors: number;
  /** Fraction of edits that delete (1-5 characters) instead of inserting (1-7 characters). */
  deleteShare: number;
  /** Fraction of inserts that continue at the author's last position (typing runs) instead of a random one. */
  cursorShare: number;
  /** Number of updates the history is pushed as. */
  chunks: number;
  /** PRNG seed. */
  seed: number;
}

/** The built history and what a complete copy must look like. */
export interface LargeDocument {
  /** The history (structure first), merged into `options.chunks` updates. */
  chunks: Uint8Array[];
  /** Characters in the whole document once everything is applied (base included). */
  expectedLength: number;
  /** Characters the base document had. */
  baseLength: number;
  /** Bytes of all chunks together. */
  bytes: number;
  /** Milliseconds the build took in the generator. */
  buildMs: number;
}

const ALPHABET = 'eeeeaaaiiooonnnrrrttsslldgkmvhbpuwjzcfy';

/** Builds the history on top of `baseState` (the server's state as an update). */
export function buildLargeDocument(baseState: Uint8Array, options: LargeDocumentOptions): LargeDocument {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, baseState);
  const baseLength = textLength(doc);
  const known = new Set(Y.decodeStateVector(Y.encodeStateVector(doc)).keys());
  const authors: number[] = [];
  const wanted = Math.max(1, options.authors);
  for (let attempt = 0; authors.length < wanted && attempt < wanted * 100; attempt++) {
    const id = 1 + Math.floor(random() * 0x7ffffffe);
    if (!known.has(id) && !authors.includes(id)) authors.push(id);
  }

  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));

  doc.clientID = authors[0] as number;
  const texts = appendParagraphs(doc, options.paragraphs, (i) => `Alinea ${i + 1}. `);
  if (texts.length === 0) throw new Error('the document has no section to add paragraphs to');

  const word = (): string => {
    const length = 1 + Math.floor(random() * 7);
    let text = '';
    for (let i = 0; i < length - 1; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'e';
    return text + (random() < 0.8 ? ' ' : (ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'e'));
  };

  // Where each author typed last: [paragraph, offset].
  const cursors = authors.map(() => ({ paragraph: Math.floor(random() * texts.length), offset: 0 }));
  for (let edit = 0; edit < options.edits; edit++) {
    const author = Math.floor(random() * authors.length);
    doc.clientID = authors[author] as number;
    const cursor = cursors[author] as { paragraph: number; offset: number };
    if (random() >= options.cursorShare) {
      cursor.paragraph = Math.floor(random() * texts.length);
      cursor.offset = Math.floor(random() * ((texts[cursor.paragraph] as Y.XmlText).length + 1));
    }
    const text = texts[cursor.paragraph] as Y.XmlText;
    const length = text.length;
    if (random() < options.deleteShare && length > 20) {
      const count = 1 + Math.floor(random() * 5);
      const at = Math.floor(random() * (length - count));
      text.delete(at, count);
      cursor.offset = at;
    } else {
      const inserted = word();
      const at = Math.min(cursor.offset, length);
      text.insert(at, inserted);
      cursor.offset = at + inserted.length;
    }
  }

  const chunkCount = Math.max(1, Math.min(options.chunks, updates.length));
  const perChunk = Math.ceil(updates.length / chunkCount);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < updates.length; i += perChunk) chunks.push(Y.mergeUpdates(updates.slice(i, i + perChunk)));
  const expectedLength = textLength(doc);
  doc.destroy();
  return {
    chunks,
    expectedLength,
    baseLength,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    buildMs: performance.now() - started,
  };
}
