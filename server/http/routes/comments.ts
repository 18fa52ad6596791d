/** Comment threads on passages of a text: list a room's threads, start one, reply, resolve, reopen. */
import { Hono } from 'hono';
import { CommentThreadListQuery, CreateCommentThreadRequest, ReplyRequest, type CommentThreadList } from '../../../shared/api/comments.js';
import { commentDeps } from '../../domain/comments/deps.js';
import { threadView } from '../../domain/comments/findThread.js';
import { listThreads } from '../../domain/comments/listThreads.js';
import { replyToThread } from '../../domain/comments/replyToThread.js';
import { startThread } from '../../domain/comments/startThread.js';
import { reopenThread, resolveThread } from '../../domain/comments/threadResolution.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson, validate } from '../validate.js';

/** The routes of this area. */
export const commentRoutes = new Hono<AppEnv>()
  .get('/comment-threads', (c) => {
    const { user } = requireSession(c);
    const { room } = validate(CommentThreadListQuery, c.req.query());
    const body: CommentThreadList = { threads: listThreads(commentDeps(c.var.services), { user, room }) };
    return c.json(body);
  })
  .post('/comment-threads', async (c) => {
    const { user } = requireSession(c);
    const request = await readJson(c, CreateCommentThreadRequest);
    const deps = commentDeps(c.var.services);
    const threadId = startThread(deps, { user, request });
    return c.json(threadView(deps, user, threadId), 201);
  })
  .get('/comment-threads/:id', (c) => {
    const { user } = requireSession(c);
    return c.json(threadView(commentDeps(c.var.services), user, c.req.param('id')));
  })
  .post('/comment-threads/:id/comments', async (c) => {
    const { user } = requireSession(c);
    const request = await readJson(c, ReplyRequest);
    const deps = commentDeps(c.var.services);
    const threadId = c.req.param('id');
    replyToThread(deps, { user, threadId, request });
    return c.json(threadView(deps, user, threadId), 201);
  })
  .post('/comment-threads/:id/resolve', (c) => {
    const { user } = requireSession(c);
    const deps = commentDeps(c.var.services);
    resolveThread(deps, { user, threadId: c.req.param('id') });
    return c.json(threadView(deps, user, c.req.param('id')));
  })
  .post('/comment-threads/:id/reopen', (c) => {
    const { user } = requireSession(c);
    const deps = commentDeps(c.var.services);
    reopenThread(deps, { user, threadId: c.req.param('id') });
    return c.json(threadView(deps, user, c.req.param('id')));
  });
