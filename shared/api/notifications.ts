/**
 * The notifications API's bodies (zod): what concerns the signed-in user (a round opened for their
 * entity, a deadline near, their amendment decided, advice received…), and the admin's view of the
 * outbox a real installation would send mail from.
 */
import { z } from 'zod';

/** Every kind of notification; each has its own sentence in the i18n strings (`notification.<kind>`). */
export const NOTIFICATION_KINDS = [
  'round_opened',
  'round_opened_on_document',
  'deadline_near',
  'deadline_extended',
  'contribution_submitted',
  'item_processed',
  'amendment_decided',
  'advice_round_opened',
  'advice_received',
  'advice_answered',
  'advice_deadline_near',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The params each kind's sentence is filled with (`notification.<kind>` uses exactly these). Dates
 * are pre-formatted (formatBelgianDateTime); a translated value is written `@i18n.key`
 * (`@amendment.status.accepted`, `@round.processing.processed`, `@advice.answer.followed`).
 */
export const NOTIFICATION_PARAM_NAMES = {
  round_opened: ['round', 'deadline'],
  round_opened_on_document: ['opener', 'round', 'document', 'deadline'],
  deadline_near: ['round', 'deadline'],
  deadline_extended: ['round', 'entity', 'deadline'],
  contribution_submitted: ['entity', 'round'],
  item_processed: ['round', 'processing'],
  amendment_decided: ['number', 'title', 'decision'],
  advice_round_opened: ['version', 'deadline'],
  advice_received: ['body', 'version'],
  advice_answered: ['version'],
  advice_deadline_near: ['version', 'deadline'],
} as const satisfies Record<NotificationKind, readonly string[]>;

/** Values the sentence is filled with (a round's title, an amendment's number…): strings and numbers only. */
export const NotificationParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type NotificationParams = z.infer<typeof NotificationParams>;

/** One notification. */
export const Notification = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** What it is about, e.g. `contribution-round:<id>`. */
  subject: z.string(),
  params: NotificationParams,
  /** The in-app path to open, e.g. `/rounds/<id>`. */
  link: z.string().nullable(),
  createdAt: z.number(),
  readAt: z.number().nullable(),
});
export type Notification = z.infer<typeof Notification>;

/** `GET /api/notifications`: newest first, with the unread count. */
export const NotificationList = z.object({ notifications: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

/** `POST /api/notifications/read`: mark some (or, without ids, all) as read. */
export const MarkReadRequest = z.strictObject({ ids: z.array(z.number().int()).max(1000).optional() });
export type MarkReadRequest = z.input<typeof MarkReadRequest>;

/** One mail in the outbox (admin only). */
export const OutboxMessage = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.number(),
  sentAt: z.number().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

/** `GET /api/admin/outbox`: newest first. */
export const OutboxList = z.object({ messages: z.array(OutboxMessage) });
export type OutboxList = z.infer<typeof OutboxList>;
