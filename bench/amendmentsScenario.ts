/**
 * The amendments benchmark (ours only, in-process): the KIV grown to ~300,000 characters with
 * 100,000 edits of history, 200 open amendments (each a fork with a few edits, started at different
 * moments while the main text kept moving), then timed: listing them with their diffs, opening one
 * (its detail, and its fork room loading for the first connection), accepting one, and comparing two
 * versions. Timings are server-side: the HTTP handler from request to answer, on a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { AmendmentDetail } from '../shared/api/amendments.js';
import { MAX_OPEN_DRAFTS_PER_USER } from '../shared/domain/amendmentRules.js';
import { amendmentRoom, documentRoom } from '../shared/protocol/rooms.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { DEMO_PASSWORD } from '../server/seed/demoAccounts.js';
import { startServer, type RunningServer } from '../server/startServer.js';
import { buildLargeDocument, type LargeDocumentOptions } from './buildLargeDocument.js';
import { paragraphTexts, textLength } from './documentShape.js';
import { median, seededRandom } from './stats.js';

/** Settings of the amendments benchmark. */
export interface AmendmentsBenchOptions extends LargeDocumentOptions {
  amendments: number;
  /** Timed repetitions of each operation (median and max reported). */
  repeats: number;
}

/** Median and worst of a timed operation, ms. */
export interface Timing {
  medianMs: number;
  maxMs: number;
  samples: number[];
}

/** The figures. */
export interface AmendmentsBenchResult {
  documentChars: number;
  amendments: number;
  listBytes: number;
  firstList: Timing;
  list: Timing;
  openDetail: Timing;
  openRoomCold: Timing;
  accept: Timing;
  compareVersions: Timing;
}

/** Stores a fork's edit as the sync gate would (update, attribution, the index told), without loading the fork room. */
function storeForkEdit(server: RunningServer, room: string, update: Uint8Array, userId: string): void {
  const decoded = Y.decodeUpdate(update);
  const inserted: [number, number, number][] = decoded.structs.map((struct) => [struct.id.client, struct.id.clock, struct.length]);
  // The gate records only what a deletion really removes (the copy's delete set repeats the main
  // text's old deletions): keep the runs still visible in the main text.
  const main = server.services.rooms.read(documentRoom('kiv'), (r) => r.doc);
  const deleted: [number, number, number][] = [];
  for (const [client, items] of decoded.ds.clients) {
    for (const item of items) {
      const known = Y.getState(main.store, client);
      if (item.clock >= known) {
        deleted.push([client, item.clock, item.len]); // the fork's own text
        continue;
      }
      for (let at = item.clock; at < Math.min(item.clock + item.len, known); ) {
        const struct = Y.getItem(main.store, Y.createID(client, at));
        const end = Math.min(struct.id.clock + struct.length, item.clock + item.len);
        if (struct instanceof Y.Item && !struct.deleted) deleted.push([client, at, end - at]);
        at = end;
      }
    }
  }
  const clients = [...new Set(inserted.map(([client]) => client))];
  const attribution = { userId, entityId: 'vlaanderen', at: Date.now(), inserted, deleted };
  const seq = server.services.roomStorage.append(room, update, attribution, clients);
  server.services.amendmentIndex.onCommitted(room, update, attribution, seq);
}

async function timed(repeats: number, run: (index: number) => Promise<void> | void): Promise<Timing> {
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const started = performance.now();
    await run(index);
    samples.push(performance.now() - started);
  }
  return { medianMs: median(samples), maxMs: Math.max(...samples), samples };
}

/** Runs the amendments benchmark and returns its figures. */
export async function runAmendmentsBench(options: AmendmentsBenchOptions, log: (line: string) => void): Promise<AmendmentsBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-bench-amendments-'));
  const config = loadConfig({ AKKOORD_DB: join(dir, 'bench.db'), PORT: '0', AKKOORD_COMPACT_AFTER: '1000000' });
  const server = await startServer(config, createLogger('warn'));
  try {
    return await measure(server, options, log);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(server: RunningServer, options: AmendmentsBenchOptions, log: (line: string) => void): Promise<AmendmentsBenchResult> {
  const { rooms } = server.services;
  const origin = server.url;
  const signIn = async (email: string) => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const call = async <T>(cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T; bytes: number }> => {
    // The setup blocks the loop for seconds at a time: a kept-alive socket may be closed under us; retry once.
    const send = () => fetch(`${server.url}/api${path}`, {
      method,
      headers: { cookie, origin, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await send().catch(send);
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return { status: response.status, json: JSON.parse(text) as T, bytes: text.length };
  };
  // Grow the KIV as the late-join scenario does, through the room's gate (attributed to the system user).
  const mainRoom = documentRoom('kiv');
  const base = rooms.read(mainRoom, (room) => Y.encodeStateAsUpdate(room.doc));
  const large = buildLargeDocument(base, options);
  for (const chunk of large.chunks) {
    const result = rooms.read(mainRoom, (room) => room.applyServerUpdate(chunk, { userId: 'system', entityId: null }));
    if (!result.ok) throw new Error(`growing the KIV failed: ${result.detail}`);
  }
  const documentChars = rooms.read(mainRoom, (room) => textLength(room.doc));
  log(`  KIV: ${documentChars} characters, ${options.edits} edits of history`);
  // Signed in only now: the build above blocks the loop longer than a kept-alive socket lives.
  const kabinet = await signIn('kabinet@vlaanderen.example');
  // Drafters of the Flemish government, each within the cap on open drafts per user, so that every
  // amendment is visible to the one who lists them (kabinet, of the same entity).
  const drafters = [kabinet];
  const { users } = server.services;
  const passwordHash = users.findByEmail('kabinet@vlaanderen.example')!.passwordHash;
  for (let n = 1; drafters.length * MAX_OPEN_DRAFTS_PER_USER < options.amendments; n++) {
    const email = `kabinet${n}@vlaanderen.example`;
    users.create({ id: `bench-drafter-${n}`, email, name: `Medewerker ${n}`, entityId: 'vlaanderen', passwordHash, role: 'contributor' });
    drafters.push(await signIn(email));
  }
  const coordinator = await signIn('coordinator@vlaanderen.example');
  const leadCookie = await signIn('lead@justitie.example');

  // 200 amendments, started at different moments while the main text keeps moving. Each fork's
  // edit is made on a copy of the main text and stored straight into the fork's log (loading 200 fork
  // rooms would only time the setup). One copy serves a batch of forks that edit different
  // paragraphs, so no fork's edit depends on another's; a copy of the 300k-character text costs
  // about a second.
  const random = seededRandom(options.seed);
  const lead = new Y.Doc({ gc: false });
  Y.applyUpdate(lead, rooms.read(mainRoom, (room) => Y.encodeStateAsUpdate(room.doc)));
  const firstVersion = await call<{ id: string }>(leadCookie, 'POST', '/documents/kiv/versions', { name: 'Voor de amendementen' });
  const ids: string[] = [];
  let copy: Y.Doc | null = null;
  let free: Y.XmlText[] = [];
  for (let i = 0; i < options.amendments; i++) {
    const drafter = drafters[Math.floor(i / MAX_OPEN_DRAFTS_PER_USER)]!;
    const created = await call<AmendmentDetail>(drafter, 'POST', '/amendments', { documentId: 'kiv', title: `Amendement ${i + 1}` });
    ids.push(created.json.id);
    if (copy === null || free.length === 0) {
      copy?.destroy();
      copy = new Y.Doc({ gc: false });
      Y.applyUpdate(copy, rooms.read(mainRoom, (room) => room.encodeState()));
      free = paragraphTexts(copy).filter((text) => text.length > 20);
    }
    const text = free.splice(Math.floor(random() * free.length), 1)[0]!;
    // Only this fork's transactions (the copy's whole delete set would repeat its batch's other forks).
    const edits: Uint8Array[] = [];
    const record = (update: Uint8Array) => edits.push(update);
    copy.on('update', record);
    copy.clientID = 1_000_000 + i;
    text.insert(Math.floor(random() * text.length), `wijziging ${i + 1} `);
    text.delete(Math.floor(random() * (text.length - 10)), 5);
    copy.off('update', record);
    storeForkEdit(server, amendmentRoom(created.json.id), Y.mergeUpdates(edits), created.json.authorUserId);
    // The lead keeps editing the main text between amendments.
    rooms.read(mainRoom, (room) => {
      Y.applyUpdate(lead, Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(lead)));
      const leadBefore = Y.encodeStateVector(lead);
      const targets = paragraphTexts(lead);
      targets[Math.floor(random() * targets.length)]!.insert(0, 'lead ');
      room.applyServerUpdate(Y.encodeStateAsUpdate(lead, leadBefore), { userId: 'system', entityId: null });
    });
  }
  copy?.destroy();
  log(`  ${ids.length} open amendments`);

  const secondVersion = await call<{ id: string }>(leadCookie, 'POST', '/documents/kiv/versions', { name: 'Na de amendementen' });
  const pairs = [
    [firstVersion.json.id, secondVersion.json.id],
    [firstVersion.json.id, 'current'],
  ] as const;
  const compareVersions = await timed(options.repeats, async (i) => {
    const [from, to] = pairs[i % pairs.length]!;
    await call(kabinet, 'GET', `/documents/kiv/compare?from=${from}&to=${to}`);
  });

  let listBytes = 0;
  // The first list derives every amendment's changes; later ones reuse what did not change.
  const firstList = await timed(1, async () => {
    listBytes = (await call(kabinet, 'GET', '/documents/kiv/amendments')).bytes;
  });
  const list = await timed(options.repeats, async () => {
    listBytes = (await call(kabinet, 'GET', '/documents/kiv/amendments')).bytes;
  });
  const openDetail = await timed(options.repeats, async (i) => {
    await call(kabinet, 'GET', `/amendments/${ids[i % ids.length]}`);
  });
  // A fork room's first load rebuilds its base from the main text: what the first connection waits for.
  const openRoomCold = await timed(options.repeats, (i) => {
    rooms.read(amendmentRoom(ids[ids.length - 1 - i]!), () => undefined);
  });
  const toAccept = ids.slice(0, options.repeats);
  for (const id of toAccept) await call(coordinator, 'POST', `/amendments/${id}/submit`);
  const accept = await timed(options.repeats, async (i) => {
    await call(leadCookie, 'POST', `/amendments/${toAccept[i]}/decision`, { decision: 'accepted' });
  });
  return { documentChars, amendments: ids.length, listBytes, firstList, list, openDetail, openRoomCold, accept, compareVersions };
}

/** The figures as a table, against the ~100 ms a user starts to notice. */
export function renderAmendments(result: AmendmentsBenchResult): string {
  const row = (label: string, timing: Timing, target: number | null) =>
    `| ${label} | ${timing.medianMs.toFixed(1)} | ${timing.maxMs.toFixed(1)} | ${target === null ? '—' : timing.medianMs <= target ? 'yes' : 'NO'} |`;
  return [
    `\n## amendments (ours): KIV of ${result.documentChars.toLocaleString('en')} characters, ${result.amendments} open amendments`,
    '',
    '| server side, ms | median | max | under ~100 ms |',
    '|---|---|---|---|',
    row("list all, the first time (derives every amendment's changes)", result.firstList, null),
    row(`list all with their diffs (${Math.round(result.listBytes / 1024)} KiB JSON)`, result.list, 100),
    row('open one: its detail (changes, overlaps, snapshots)', result.openDetail, 100),
    row("open one: its fork room's first load (base rebuilt)", result.openRoomCold, null),
    row('accept one (merge, decision, answer)', result.accept, 100),
    row('compare two versions / a version and now', result.compareVersions, 100),
  ].join('\n');
}
