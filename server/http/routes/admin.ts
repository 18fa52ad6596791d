/** `/api/admin/*`: what the installation's administrator reads: the outbox and the audit log. */
import { Hono, type Context } from 'hono';
import { AuditQuery, type AuditList } from '../../../shared/api/audit.js';
import type { OutboxList } from '../../../shared/api/notifications.js';
import { forbidden } from '../../errors.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { validate } from '../validate.js';

/** How many mails the outbox view holds (the newest). */
export const OUTBOX_LIST_LIMIT = 500;

/** The session, if it is the admin's; 401 without one, 403 for any other role. */
function requireAdmin(c: Context<AppEnv>): void {
  const { user } = requireSession(c);
  if (user.role !== 'admin') throw forbidden('Only the administrator reads the outbox and the audit log.');
}

/** The admin routes. */
export const adminRoutes = new Hono<AppEnv>()
  .get('/admin/outbox', (c) => {
    requireAdmin(c);
    const body: OutboxList = { messages: c.var.services.notifications.outbox(OUTBOX_LIST_LIMIT) };
    return c.json(body);
  })
  .get('/admin/audit', (c) => {
    requireAdmin(c);
    const { subject, limit } = validate(AuditQuery, c.req.query());
    const body: AuditList = { entries: c.var.services.audit.list({ subjectPrefix: subject, limit }) };
    return c.json(body);
  });
