/** OpenAPI paths of notifications (the user's own) and the admin's outbox and audit log. */
import { AuditList } from '../../../shared/api/audit.js';
import { MarkReadRequest, NotificationList, OutboxList } from '../../../shared/api/notifications.js';
import { error, json, signedIn, type PathItems } from './helpers.js';

const adminOnly = error('Signed in, but not the administrator (forbidden)');

/** The notification and admin paths. */
export const notificationPaths: PathItems = {
  '/api/notifications': {
    get: {
      summary: "The signed-in user's own notifications, newest first (at most 100), with the unread count",
      description:
        'Each has a kind, params and a link; its sentence is `notification.<kind>` of the i18n strings filled with the params ' +
        '(a param written `@key` is itself a translated string).',
      ...signedIn,
      responses: { 200: { description: 'The notifications', ...json(NotificationList) }, 401: error('Not signed in') },
    },
  },
  '/api/notifications/read': {
    post: {
      summary: "Mark the user's own notifications read: those with `ids`, or all without them",
      description: "Ids of other users' notifications are ignored: nobody can touch another's.",
      ...signedIn,
      requestBody: { required: true, ...json(MarkReadRequest) },
      responses: {
        200: { description: 'The notifications after the change', ...json(NotificationList) },
        400: error('Invalid body (validation_failed, invalid_json)'),
        401: error('Not signed in'),
        403: error('Foreign Origin (forbidden_origin)'),
      },
    },
  },
  '/api/admin/outbox': {
    get: {
      summary: 'The mail a real installation would send (no mail server here), newest first, at most 500',
      description: '`sentAt` is null until a sender sends it.',
      ...signedIn,
      responses: { 200: { description: 'The outbox', ...json(OutboxList) }, 401: error('Not signed in'), 403: adminOnly },
    },
  },
  '/api/admin/audit': {
    get: {
      summary: 'The audit log, newest first: who (with name), when, action, subject, detail',
      ...signedIn,
      parameters: [
        {
          name: 'subject',
          in: 'query',
          required: false,
          description: 'Only entries whose subject is or starts with this, e.g. `amendment:<id>` or `contribution-round:`',
          schema: { type: 'string', maxLength: 300 },
        },
        { name: 'limit', in: 'query', required: false, description: 'At most this many (default 200)', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
      ],
      responses: {
        200: { description: 'The entries', ...json(AuditList) },
        400: error('Invalid query (validation_failed)'),
        401: error('Not signed in'),
        403: adminOnly,
      },
    },
  },
};
