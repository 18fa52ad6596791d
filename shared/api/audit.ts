/** The audit log as the admin reads it (zod): every state change with who, when, what. */
import { z } from 'zod';

/** `GET /api/admin/audit` query: entries whose subject is or starts with `subject`, newest first. */
export const AuditQuery = z.strictObject({
  /** e.g. `amendment:<id>`, or `amendment:` for every amendment. */
  subject: z.string().trim().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.input<typeof AuditQuery>;

/** One entry of the audit log. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  userId: z.string().nullable(),
  /** The acting user's name (null for the system, or a user since removed). */
  userName: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** `GET /api/admin/audit`: newest first. */
export const AuditList = z.object({ entries: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;
