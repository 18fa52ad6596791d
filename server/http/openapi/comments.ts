/** OpenAPI paths of comment threads. */
import { CommentThread, CommentThreadList, CreateCommentThreadRequest, ReplyRequest } from '../../../shared/api/comments.js';
import { error, json, pathParam, signedIn, type PathItems } from './helpers.js';

const hidden = 'a room the user may not read (another entity\'s draft amendment) answers the same';
const action = (summary: string, conflicts: string) => ({
  post: {
    summary,
    ...signedIn,
    parameters: [pathParam('id')],
    responses: {
      200: { description: 'The thread after the change', ...json(CommentThread) },
      401: error('Not signed in'),
      403: error("Only the thread's author, the writers of the room's text and the document's lead (forbidden)"),
      404: error(`No such thread (not_found); ${hidden}`),
      409: error(conflicts),
    },
  },
});

/** The paths of comment threads. */
export const commentPaths: PathItems = {
  '/api/comment-threads': {
    get: {
      summary: "A room's comment threads with their comments, each passage resolved against the text as it is now",
      description:
        '`room` is `doc:<documentId>` or `amendment:<amendmentId>`. `passageText` is the text between the anchors now; ' +
        '`passageDeleted` says every character of the passage has been deleted.',
      ...signedIn,
      parameters: [{ name: 'room', in: 'query', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The threads, oldest first', ...json(CommentThreadList) },
        400: error('room missing (validation_failed)'),
        401: error('Not signed in'),
        404: error(`No such room (not_found); ${hidden}`),
      },
    },
    post: {
      summary: 'Comment on a passage: start a thread with its first comment',
      description:
        'The anchors are `Y.relativePositionToJSON` of y-prosemirror `absolutePositionToRelativePosition` against the ' +
        "room's `prosemirror` fragment. The server reads the quote between them.",
      ...signedIn,
      requestBody: { required: true, ...json(CreateCommentThreadRequest) },
      responses: {
        201: { description: 'The new thread', ...json(CommentThread) },
        400: error('Invalid body or anchors (validation_failed, invalid_json), anchors naming nothing in the text (anchor_unknown), an empty passage (passage_empty)'),
        401: error('Not signed in'),
        404: error(`No such room (not_found); ${hidden}`),
      },
    },
  },
  '/api/comment-threads/{id}': {
    get: {
      summary: 'One thread with its comments',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The thread', ...json(CommentThread) }, 401: error('Not signed in'), 404: error(`No such thread; ${hidden}`) },
    },
  },
  '/api/comment-threads/{id}/comments': {
    post: {
      summary: 'Reply to an open thread',
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(ReplyRequest) },
      responses: {
        201: { description: 'The thread with the reply', ...json(CommentThread) },
        400: error('Invalid body'),
        401: error('Not signed in'),
        404: error(`No such thread; ${hidden}`),
        409: error('The thread is resolved: reopen it first (thread_resolved)'),
      },
    },
  },
  '/api/comment-threads/{id}/resolve': action('Resolve a thread', 'Already resolved (already_resolved)'),
  '/api/comment-threads/{id}/reopen': action('Reopen a resolved thread', 'The thread is open (not_resolved)'),
};
