/** The comments API as typed functions, answers checked against the shared schemas. */
import { CommentThread, CommentThreadList, type CommentAnchor } from '../../shared/api/comments.js';
import { request } from '../api.js';

const threadUrl = (threadId: string) => `/api/comment-threads/${encodeURIComponent(threadId)}`;

/** The threads of a room (`doc:<id>` or `amendment:<id>`), oldest first. */
export async function fetchThreads(room: string): Promise<CommentThreadList> {
  return request('GET', `/api/comment-threads?${new URLSearchParams({ room }).toString()}`, CommentThreadList);
}

/** Starts a thread on a passage with its first comment. */
export async function startThread(room: string, anchor: CommentAnchor, body: string): Promise<CommentThread> {
  return request('POST', '/api/comment-threads', CommentThread, { room, anchor, body });
}

/** Adds a reply to an open thread. */
export async function replyToThread(threadId: string, body: string): Promise<CommentThread> {
  return request('POST', `${threadUrl(threadId)}/comments`, CommentThread, { body });
}

/** Marks a thread resolved. */
export async function resolveThread(threadId: string): Promise<CommentThread> {
  return request('POST', `${threadUrl(threadId)}/resolve`, CommentThread, {});
}

/** Reopens a resolved thread. */
export async function reopenThread(threadId: string): Promise<CommentThread> {
  return request('POST', `${threadUrl(threadId)}/reopen`, CommentThread, {});
}
