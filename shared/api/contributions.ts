/**
 * The contribution rounds API's bodies (zod): opening a round (insteekronde), an entity's package
 * (insteek) with its items, submitting it by the deadline, extensions, and the lead's processing.
 * Instants are ms since the epoch; deadlines are entered as a Brussels date and time.
 */
import { z } from 'zod';
import { AMENDMENT_STATUSES } from '../domain/amendmentRules.js';
import { CONTRIBUTION_STATUSES, ITEM_KINDS, ITEM_PROCESSINGS, ROUND_STATUSES } from '../domain/contributionRules.js';

/** A Brussels wall-clock date and time, as a form enters it: `{date: '2025-09-09', time: '17:00'}`. */
export const LocalDeadline = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date looks like 2025-09-09.'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time looks like 17:00.'),
});
export type LocalDeadline = z.infer<typeof LocalDeadline>;

const text = (max: number) => z.string().trim().max(max);
const id = z.string().min(1).max(100);

/** `POST /api/contribution-rounds`: the lead opens a round. */
export const OpenRoundRequest = z.strictObject({
  title: text(200).min(1, 'A title is required.'),
  instructions: text(20_000),
  documentIds: z.array(id).min(1, 'Choose at least one document.').max(10),
  entityIds: z.array(id).min(1, 'Invite at least one entity.').max(100),
  deadline: LocalDeadline,
});
export type OpenRoundRequest = z.input<typeof OpenRoundRequest>;

/** `POST /api/contribution-rounds/:id/extensions`: a later deadline for one entity, with the reason. */
export const ExtendDeadlineRequest = z.strictObject({
  entityId: id,
  deadline: LocalDeadline,
  reason: text(2_000).min(1, 'Say why the deadline is extended.'),
});
export type ExtendDeadlineRequest = z.input<typeof ExtendDeadlineRequest>;

/** A lead's extension of an entity's deadline, as recorded. */
export const DeadlineExtension = z.object({
  until: z.number(),
  byName: z.string(),
  at: z.number(),
  reason: z.string(),
});
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;

/**
 * One invited entity in a round as the viewer may see it. The round's leads see every invited entity;
 * an invited entity sees only its own entry (its deadline, extension and submission), nothing of the others.
 */
export const InvitedEntity = z.object({
  entityId: z.string(),
  entityName: z.string(),
  /** The deadline that holds for this entity (the round's, or its extension). */
  deadlineAt: z.number(),
  extension: DeadlineExtension.nullable(),
  submittedAt: z.number().nullable(),
  /** The package's id when the viewer may open it (its own entity; the lead once submitted). */
  contributionId: z.string().nullable(),
});
export type InvitedEntity = z.infer<typeof InvitedEntity>;

/** What the viewer may do with a round now (the server checks again on each request). */
export const RoundPermissions = z.object({
  extend: z.boolean(),
  close: z.boolean(),
  /** Processing and reports of every submitted package. */
  process: z.boolean(),
});
export type RoundPermissions = z.infer<typeof RoundPermissions>;

/** A round as its list and page show it. */
export const RoundSummary = z.object({
  id: z.string(),
  title: z.string(),
  instructions: z.string(),
  documentIds: z.array(z.string()),
  status: z.enum(ROUND_STATUSES),
  deadlineAt: z.number(),
  createdAt: z.number(),
  createdByName: z.string(),
  closedAt: z.number().nullable(),
  /** Every invited entity for the round's leads; only the viewer's own entity for an invited viewer. */
  entities: z.array(InvitedEntity),
  /** The viewer's own entity's package in this round, when invited. */
  ownContributionId: z.string().nullable(),
  may: RoundPermissions,
});
export type RoundSummary = z.infer<typeof RoundSummary>;

/** `GET /api/contribution-rounds`: the rounds the viewer runs or is invited to, newest first. */
export const RoundList = z.object({ rounds: z.array(RoundSummary) });
export type RoundList = z.infer<typeof RoundList>;

/** How the lead processed an item (for an amendment item: its decision, mapped). */
export const ItemProcessingView = z.object({
  processing: z.enum(ITEM_PROCESSINGS),
  reason: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.number().nullable(),
});
export type ItemProcessingView = z.infer<typeof ItemProcessingView>;

/** The amendment an item carries, as far as the package shows it. */
export const ItemAmendment = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(AMENDMENT_STATUSES),
  number: z.number().int().nullable(),
  decisionReason: z.string().nullable(),
});
export type ItemAmendment = z.infer<typeof ItemAmendment>;

/** What the viewer may do with an item now. */
export const ItemPermissions = z.object({
  /** Edit it, or remove it from the draft package (its author or the coordinator). */
  edit: z.boolean(),
  /** Drop or keep: the coordinator's review. */
  review: z.boolean(),
  process: z.boolean(),
});
export type ItemPermissions = z.infer<typeof ItemPermissions>;

/** One item of a package. */
export const ContributionItem = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  documentId: z.string(),
  /** The section it is tied to; null for the whole document. */
  sectionId: z.string().nullable(),
  /** The sub-unit (a cabinet, an administration) it comes from, if named. */
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** A remark's text; an amendment item's is its amendment. */
  body: z.string(),
  amendment: ItemAmendment.nullable(),
  authorUserId: z.string(),
  authorName: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Dropped by the coordinator: stays inside the entity, never submitted. */
  dropped: z.boolean(),
  processing: ItemProcessingView.nullable(),
  may: ItemPermissions,
});
export type ContributionItem = z.infer<typeof ContributionItem>;

/** What the viewer may do with a package now. */
export const ContributionPermissions = z.object({
  addItem: z.boolean(),
  review: z.boolean(),
  submit: z.boolean(),
});
export type ContributionPermissions = z.infer<typeof ContributionPermissions>;

/** An entity's package: `GET /api/contributions/:id`. */
export const Contribution = z.object({
  id: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  status: z.enum(CONTRIBUTION_STATUSES),
  coverNote: z.string(),
  /** When the cover note (or the status) last changed: sent back as `expectedUpdatedAt` with an edit. */
  updatedAt: z.number(),
  deadlineAt: z.number(),
  submittedAt: z.number().nullable(),
  submittedByName: z.string().nullable(),
  /** The entity's sub-units, to name on items. */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Dropped items are listed only inside the entity. */
  items: z.array(ContributionItem),
  may: ContributionPermissions,
});
export type Contribution = z.infer<typeof Contribution>;

/** `POST /api/contributions/:id/items`: a remark, or one of the entity's draft amendments. */
export const CreateItemRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('remark'),
    documentId: id,
    sectionId: id.nullable(),
    unitId: id.nullable(),
    body: text(20_000).min(1, 'A remark needs some text.'),
  }),
  z.strictObject({
    kind: z.literal('amendment'),
    amendmentId: id,
    unitId: id.nullable(),
  }),
]);
export type CreateItemRequest = z.input<typeof CreateItemRequest>;

/**
 * The `updatedAt` the client last saw of a co-drafted text: if the record changed since, the edit is
 * refused (409 `edited_meanwhile`) and nothing changes, so no colleague's text is overwritten unseen.
 */
const expectedUpdatedAt = z.number().int().nonnegative().optional();

/** `PATCH /api/contribution-items/:id`: the author's or coordinator's edit, or the coordinator's drop/keep. */
export const UpdateItemRequest = z
  .strictObject({
    body: text(20_000).min(1, 'A remark needs some text.').optional(),
    sectionId: id.nullable().optional(),
    unitId: id.nullable().optional(),
    dropped: z.boolean().optional(),
    expectedUpdatedAt,
  })
  .refine((request) => [request.body, request.sectionId, request.unitId, request.dropped].some((value) => value !== undefined), {
    message: 'Nothing to change.',
  });
export type UpdateItemRequest = z.input<typeof UpdateItemRequest>;

/** `PATCH /api/contributions/:id`: the coordinator's cover note. */
export const UpdateContributionRequest = z.strictObject({ coverNote: text(20_000), expectedUpdatedAt });
export type UpdateContributionRequest = z.input<typeof UpdateContributionRequest>;

/** `POST /api/contribution-items/:id/processing`: the lead's verwerkt / deels / niet, with a reason. */
export const ProcessItemRequest = z.strictObject({
  processing: z.enum(ITEM_PROCESSINGS),
  reason: text(5_000),
});
export type ProcessItemRequest = z.input<typeof ProcessItemRequest>;
