/**
 * The amendments API's bodies (zod): requests the server validates, answers the client types its
 * calls with, and the text differences both the lists and the exports show.
 */
import { z } from 'zod';
import { AMENDMENT_DECISIONS, AMENDMENT_STATUSES } from '../domain/amendmentRules.js';

/** A run of text in a difference: unchanged, added or removed. */
export const DiffSegment = z.object({
  text: z.string(),
  change: z.enum(['added', 'removed']).nullable(),
  /** Who wrote an added run, or deleted a removed one, when known: the entity's id (for its colour). */
  entityId: z.string().nullable().optional(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type DiffSegment = z.infer<typeof DiffSegment>;

/** One block of text (a paragraph, heading, list item's paragraph) that a change touches. */
export const DiffBlock = z.object({
  sectionId: z.string().nullable(),
  /** The ProseMirror node type: paragraph, heading, section_title. */
  kind: z.string(),
  segments: z.array(DiffSegment),
  /** The main text has deleted this block since the amendment began: its changes could not land. */
  deletedInText: z.boolean().optional(),
});
export type DiffBlock = z.infer<typeof DiffBlock>;

/** What the signed-in user may do with an amendment now (the server checks again on each request). */
export const AmendmentPermissions = z.object({
  editText: z.boolean(),
  editDetails: z.boolean(),
  submit: z.boolean(),
  withdraw: z.boolean(),
  decide: z.boolean(),
});
export type AmendmentPermissions = z.infer<typeof AmendmentPermissions>;

/** An amendment as lists and its page show it. */
export const AmendmentSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Sync room of its fork: `amendment:<id>`. */
  room: z.string(),
  sectionId: z.string().nullable(),
  passage: z.string().nullable(),
  title: z.string(),
  justification: z.string(),
  status: z.enum(AMENDMENT_STATUSES),
  /** "Amendement 1, 2, …": numbered per document in order of submission; null while a draft. */
  number: z.number().int().nullable(),
  authorUserId: z.string(),
  authorName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  submittedAt: z.number().nullable(),
  submittedByName: z.string().nullable(),
  /**
   * While a draft: the open contribution round that invites its entity and covers its document, with
   * the entity's draft package in it. Until that package is submitted or the round closes, the
   * amendment goes in with the package (`item`: it is already one of its kept items), never alone.
   */
  heldBy: z
    .object({ contributionId: z.string(), roundTitle: z.string(), deadlineAt: z.number(), item: z.boolean() })
    .nullable(),
  decidedAt: z.number().nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  withdrawnAt: z.number().nullable(),
  withdrawnByName: z.string().nullable(),
  /**
   * Its changes, block by block. In a list, unchanged text longer than a few lines around a change is
   * shortened ("…"); `GET /api/amendments/:id` and the exports carry whole blocks.
   */
  changes: z.array(DiffBlock),
  added: z.number().int(),
  removed: z.number().int(),
  /** Other open amendments (ids) whose changes touch a block this one touches. */
  overlapsWith: z.array(z.string()),
  /** The main text has changed, since this amendment started, in a block it touches. */
  mainChangedSince: z.boolean(),
  /** The main text has deleted a passage it changes: it can be rejected or withdrawn, not accepted. */
  passageDeleted: z.boolean(),
  may: AmendmentPermissions,
});
export type AmendmentSummary = z.infer<typeof AmendmentSummary>;

/** `GET /api/amendments/:id`: the summary plus what the editor needs to mark changes. */
export const AmendmentDetail = AmendmentSummary.extend({
  /** Y.encodeSnapshot of the main text it started from, base64: the editor marks changes against it. */
  baseSnapshot: z.string(),
  /** Y.encodeSnapshot of the fork as submitted, base64 (null while a draft). */
  submittedSnapshot: z.string().nullable(),
});
export type AmendmentDetail = z.infer<typeof AmendmentDetail>;

/** `GET /api/documents/:id/amendments` answer. */
export const AmendmentList = z.object({ amendments: z.array(AmendmentSummary) });
export type AmendmentList = z.infer<typeof AmendmentList>;

/** Filters of the list. */
export const AmendmentListQuery = z.object({
  section: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  status: z.enum(AMENDMENT_STATUSES).optional(),
});
export type AmendmentListQuery = z.infer<typeof AmendmentListQuery>;

const title = z.string().trim().min(1, 'A title is required.').max(200);
const justification = z.string().trim().max(20_000);

/** `POST /api/amendments` body: start an amendment on a document, from a section or a passage. */
export const CreateAmendmentRequest = z.object({
  documentId: z.string().min(1).max(64),
  sectionId: z.string().min(1).max(64).nullable().optional(),
  passage: z.string().max(2_000).nullable().optional(),
  title,
  justification: justification.default(''),
});
export type CreateAmendmentRequest = z.input<typeof CreateAmendmentRequest>;

/** `PATCH /api/amendments/:id` body: title and justification of a draft. */
export const UpdateAmendmentRequest = z
  .object({ title: title.optional(), justification: justification.optional() })
  .refine((body) => body.title !== undefined || body.justification !== undefined, 'Nothing to change.');
export type UpdateAmendmentRequest = z.infer<typeof UpdateAmendmentRequest>;

/** `POST /api/amendments/:id/decision` body. A rejection (and an acceptance as modified) needs a reason. */
export const DecideAmendmentRequest = z.object({
  decision: z.enum(AMENDMENT_DECISIONS),
  reason: z.string().trim().max(5_000).default(''),
});
export type DecideAmendmentRequest = z.input<typeof DecideAmendmentRequest>;
