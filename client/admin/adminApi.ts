/** The admin's API (outbox, audit log) as typed functions, answers checked against the shared schemas. */
import { AuditList } from '../../shared/api/audit.js';
import { OutboxList } from '../../shared/api/notifications.js';
import { request } from '../api.js';

/** The outbox, newest first. */
export async function fetchOutbox(): Promise<OutboxList> {
  return request('GET', '/api/admin/outbox', OutboxList);
}

/** The audit log, newest first; only subjects that start with `subject` when given. */
export async function fetchAudit(subject: string | null): Promise<AuditList> {
  const query = subject === null ? '' : `?${new URLSearchParams({ subject }).toString()}`;
  return request('GET', `/api/admin/audit${query}`, AuditList);
}
