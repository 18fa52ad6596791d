/**
 * Comments through a real server: a reader comments on a passage of the KIV, others reply, the
 * thread is resolved and reopened by those who may; the thread follows its passage while the lead
 * edits around it and says so once the lead deletes it; comments in a draft amendment are as
 * private as the draft; bad anchors are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { CommentThread, CommentThreadList } from '../../shared/api/comments.js';
import { apiClient } from '../utils/api.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient, sectionParagraphText, type SyncClient } from '../utils/syncClient.js';
import { anchorOf } from '../utils/versionAnchors.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
const clients: SyncClient[] = [];
const as = async (email: string) => {
  const cookie = await signIn(server, email);
  return { cookie, api: apiClient(server, cookie) };
};
const synced = async (room: string, cookie: string) => {
  const client = connectClient(server, room, cookie);
  clients.push(client);
  await waitFor(() => client.provider.synced, `${room} synced`);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});


/** The plain text of a Y.XmlText (its marks left out). */
const plainText = (text: Y.XmlText) => text.toDelta().map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');

describe('comment threads on a passage', () => {
  it('lets a reader comment, others reply, and the right people resolve and reopen', async () => {
    const reader = await as('reader@binnenland.example');
    const walloon = await as('contributor@wallonie.example');
    const lead = await as('lead@justitie.example');
    const readerDoc = await synced('doc:kiv', reader.cookie);
    const paragraph = plainText(sectionParagraphText(readerDoc.doc, 'kiv-3'));
    const phrase = paragraph.slice(0, 30).trim();

    const unauthenticated = await fetch(`${server.url}/api/comment-threads?room=doc:kiv`);
    expect(unauthenticated.status).toBe(401);

    const created = await reader.api.post<CommentThread>('/comment-threads', {
      room: 'doc:kiv',
      anchor: anchorOf(readerDoc.doc, 'kiv-3', phrase),
      body: 'Welke termijn geldt hier?',
    });
    expect(created.status).toBe(201);
    const thread = created.body;
    expect(thread).toMatchObject({ room: 'doc:kiv', quote: phrase, passageText: phrase, passageDeleted: false, resolved: false });
    expect(thread.comments).toMatchObject([{ authorName: 'Jan De Smet', entityId: 'fod-binnenlandse-zaken', body: 'Welke termijn geldt hier?' }]);
    expect(thread.may).toEqual({ reply: true, resolve: true, reopen: false });

    const replied = await walloon.api.post<CommentThread>(`/comment-threads/${thread.id}/comments`, { body: 'Dat vragen wij ook.' });
    expect(replied.status).toBe(201);
    expect(replied.body.comments.map((c) => [c.authorName, c.entityId])).toEqual([
      ['Jan De Smet', 'fod-binnenlandse-zaken'],
      ['Claire Lambert', 'wallonie'],
    ]);
    expect(replied.body.may).toEqual({ reply: true, resolve: false, reopen: false });
    expect((await walloon.api.post(`/comment-threads/${thread.id}/comments`, { body: '  ' })).status).toBe(400);

    // Another reader may not close someone else's remark; its author may.
    expect((await walloon.api.post(`/comment-threads/${thread.id}/resolve`)).status).toBe(403);
    const resolved = await reader.api.post<CommentThread>(`/comment-threads/${thread.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolved: true, resolvedByName: 'Jan De Smet' });
    expect((await reader.api.post(`/comment-threads/${thread.id}/resolve`)).status).toBe(409);
    expect((await walloon.api.post(`/comment-threads/${thread.id}/comments`, { body: 'Toch nog iets.' })).status).toBe(409);
    expect((await walloon.api.post(`/comment-threads/${thread.id}/reopen`)).status).toBe(403);

    // The document's lead reopens it.
    const reopened = await lead.api.post<CommentThread>(`/comment-threads/${thread.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ resolved: false, resolvedAt: null, resolvedByName: null });
    expect((await lead.api.post(`/comment-threads/${thread.id}/reopen`)).status).toBe(409);

    const list = await walloon.api.get<CommentThreadList>('/comment-threads?room=doc:kiv');
    expect(list.status).toBe(200);
    expect(list.body.threads.map((t) => t.id)).toEqual([thread.id]);
    expect(list.body.threads[0]!.comments).toHaveLength(2);
    expect(server.services.audit.forSubject(`comment_thread:${thread.id}`).map((entry) => entry.action)).toEqual([
      'comment.thread_created',
      'comment.replied',
      'comment.resolved',
      'comment.reopened',
    ]);
  });

  it('stays on its passage while the lead edits around it, and says so once the passage is deleted', async () => {
    const adviser = await as('adviser@cpg.example');
    const lead = await as('lead@justitie.example');
    const main = await synced('doc:kiv', lead.cookie);
    const paragraph = sectionParagraphText(main.doc, 'kiv-4');
    const phrase = plainText(paragraph).slice(10, 40);
    const thread = (await adviser.api.post<CommentThread>('/comment-threads', {
      room: 'doc:kiv',
      anchor: anchorOf(main.doc, 'kiv-4', phrase),
      body: 'Het CPG stelt voor dit te verduidelijken.',
    })).body;
    expect(thread.passageText).toBe(phrase);

    const passageOf = async () => {
      const threads = (await adviser.api.get<CommentThreadList>('/comment-threads?room=doc:kiv')).body.threads;
      return threads.find((t) => t.id === thread.id)!;
    };
    // Text typed before the passage shifts it, and the thread follows.
    paragraph.insert(0, 'Eerst dit. ');
    await main.saved();
    expect(await passageOf()).toMatchObject({ passageText: phrase, passageDeleted: false });

    // Part of it deleted: the rest remains the passage.
    const at = plainText(paragraph).indexOf(phrase);
    paragraph.delete(at, 5);
    await main.saved();
    expect(await passageOf()).toMatchObject({ passageText: phrase.slice(5), passageDeleted: false });

    // All of it deleted: the thread stays and says its passage is gone.
    paragraph.delete(at, phrase.length - 5);
    await main.saved();
    expect(plainText(paragraph)).not.toContain(phrase.slice(5));
    expect(await passageOf()).toMatchObject({ passageText: '', passageDeleted: true, quote: phrase });
  });

  it("keeps comments in a draft amendment as private as the draft", async () => {
    const kabinet = await as('kabinet@vlaanderen.example');
    const coordinator = await as('coordinator@vlaanderen.example');
    const walloon = await as('contributor@wallonie.example');
    const amendment = (await kabinet.api.post<AmendmentDetail>('/amendments', {
      documentId: 'kiv',
      sectionId: 'kiv-2',
      title: 'Cyber',
      justification: 'Waarom.',
    })).body;
    const fork = await synced(amendment.room, kabinet.cookie);
    const phrase = plainText(sectionParagraphText(fork.doc, 'kiv-2')).slice(0, 20);
    const created = await kabinet.api.post<CommentThread>('/comment-threads', {
      room: amendment.room,
      anchor: anchorOf(fork.doc, 'kiv-2', phrase),
      body: 'Interne opmerking.',
    });
    expect(created.status).toBe(201);
    const threadId = created.body.id;
    // The entity's members see and answer it; its drafters (writers of the fork) may resolve it.
    const ownList = await coordinator.api.get<CommentThreadList>(`/comment-threads?room=${amendment.room}`);
    expect(ownList.body.threads.map((t) => t.id)).toEqual([threadId]);
    expect(ownList.body.threads[0]!.may.resolve).toBe(true);

    // Wallonia: every way in answers exactly like a room and a thread that do not exist.
    const guessedRoom = 'amendment:aaaaaaaaaaaaaaaaaaaaaaaa';
    const missing = [
      await walloon.api.get(`/comment-threads?room=${amendment.room}`),
      await walloon.api.get(`/comment-threads/${threadId}`),
      await walloon.api.post(`/comment-threads/${threadId}/comments`, { body: 'Mag ik?' }),
      await walloon.api.post(`/comment-threads/${threadId}/resolve`),
      await walloon.api.post(`/comment-threads/${threadId}/reopen`),
      await walloon.api.post('/comment-threads', { room: amendment.room, anchor: created.body.anchor, body: 'Hallo' }),
    ];
    const unknown = [
      await walloon.api.get(`/comment-threads?room=${guessedRoom}`),
      await walloon.api.get('/comment-threads/aaaaaaaaaaaaaaaaaaaaaaaa'),
    ];
    for (const answer of [...missing, ...unknown]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
    }
    expect(missing[0]!.body).toEqual(unknown[0]!.body);
    expect(missing[1]!.body).toEqual(unknown[1]!.body);
    expect(server.services.audit.forSubject(`comment_thread:${threadId}`).map((entry) => entry.action)).toEqual(['comment.thread_created']);

    // Review finding: once submitted the amendment is public, but its draft-time discussion is not.
    sectionParagraphText(fork.doc, 'kiv-2').insert(0, 'Cyber ');
    await fork.saved();
    expect((await coordinator.api.post(`/amendments/${amendment.id}/submit`)).status).toBe(200);
    expect((await walloon.api.get<CommentThreadList>(`/comment-threads?room=${amendment.room}`)).body.threads).toEqual([]);
    expect((await walloon.api.get(`/comment-threads/${threadId}`)).status).toBe(404);
    expect((await coordinator.api.get<CommentThreadList>(`/comment-threads?room=${amendment.room}`)).body.threads.map((t) => t.id)).toEqual([threadId]);
    // A thread started after submission is public, like the amendment.
    const reader = await synced(amendment.room, walloon.cookie);
    const open = await walloon.api.post<CommentThread>('/comment-threads', {
      room: amendment.room,
      anchor: anchorOf(reader.doc, 'kiv-2', 'Cyber'),
      body: 'Waarom cyber?',
    });
    expect(open.status).toBe(201);
    expect((await kabinet.api.get<CommentThreadList>(`/comment-threads?room=${amendment.room}`)).body.threads.map((t) => t.id)).toEqual([
      threadId,
      open.body.id,
    ]);
  });

  it('refuses anchors that are not relative positions, or name nothing in the text', async () => {
    const reader = await as('reader@binnenland.example');
    const doc = await synced('doc:kiv', reader.cookie);
    const good = anchorOf(doc.doc, 'kiv-3', plainText(sectionParagraphText(doc.doc, 'kiv-3')).slice(0, 10));
    const post = (anchor: unknown, room = 'doc:kiv') => reader.api.post<{ error: { code: string } }>('/comment-threads', { room, anchor, body: 'Iets.' });
    for (const anchor of [
      undefined,
      'not an anchor',
      { start: good.start },
      { start: {}, end: good.end },
      { start: { foo: 1 }, end: good.end },
      { start: { ...good.start, item: { client: -1, clock: 0 } }, end: good.end },
      { start: { ...good.start, item: { client: 1, clock: 1.5 } }, end: good.end },
      { start: { tname: 'evil', assoc: 0 }, end: good.end },
      { start: { ...good.start, extra: 'x'.repeat(100) }, end: good.end },
      { start: { ...good.start, assoc: 7 }, end: good.end },
    ]) {
      const answer = await post(anchor);
      expect(answer.status, JSON.stringify(anchor)).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
    }
    // Well-formed, but about structs this text never had, or an empty passage.
    const unknownStruct = await post({ start: { item: { client: 123_456, clock: 999_999 }, assoc: 0 }, end: good.end });
    expect(unknownStruct.status).toBe(400);
    expect(unknownStruct.body.error.code).toBe('anchor_unknown');
    const empty = await post({ start: good.start, end: good.start });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('passage_empty');
    expect((await post(good, 'doc:nope')).status).toBe(404);
    expect((await post(good, 'nonsense')).status).toBe(404);
    expect((await reader.api.get('/comment-threads')).status).toBe(400);
    expect((await post(good)).status).toBe(201);
  });

  it('are described in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/comment-threads', '/api/comment-threads/{id}', '/api/comment-threads/{id}/comments', '/api/comment-threads/{id}/resolve', '/api/comment-threads/{id}/reopen']),
    );
  });
});
