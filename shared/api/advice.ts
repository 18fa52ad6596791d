/**
 * The advice rounds API's bodies (zod): opening a round on a frozen version for an advisory body,
 * the body's advice with its points (anchored to passages of that version, or general), submitting
 * it as a whole, and the lead's answers. Instants are ms since the epoch.
 */
import { z } from 'zod';
import { ADVICE_ANSWERS, ADVICE_ROUND_STATUSES, ADVICE_STATUSES } from '../domain/adviceRules.js';
import { CommentAnchor } from './comments.js';
import { LocalDeadline } from './contributions.js';

const text = (max: number) => z.string().trim().max(max);
const id = z.string().min(1).max(100);

/**
 * `POST /api/advice-rounds`: on an existing version of the document (`versionId`), or on one taken
 * for it now (`versionName`); exactly one of the two.
 */
export const OpenAdviceRoundRequest = z
  .strictObject({
    documentId: id,
    versionId: id.optional(),
    versionName: text(200).min(1).optional(),
    bodyEntityId: id,
    question: text(20_000).min(1, 'Ask the advisers a question.'),
    consultationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date looks like 2026-01-28.'),
    deadline: LocalDeadline,
  })
  .refine((request) => (request.versionId === undefined) !== (request.versionName === undefined), {
    message: 'Give either an existing version or a name for a new one.',
  });
export type OpenAdviceRoundRequest = z.input<typeof OpenAdviceRoundRequest>;

/** What the viewer may do with a round now (the server checks again on each request). */
export const AdviceRoundPermissions = z.object({
  draft: z.boolean(),
  submit: z.boolean(),
  answer: z.boolean(),
  close: z.boolean(),
});
export type AdviceRoundPermissions = z.infer<typeof AdviceRoundPermissions>;

/** An advice round as its list and page show it. */
export const AdviceRoundSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  versionId: z.string(),
  versionName: z.string(),
  bodyEntityId: z.string(),
  bodyName: z.string(),
  question: z.string(),
  /** The consultation's calendar day, `2026-01-28`. */
  consultationDate: z.string(),
  deadlineAt: z.number(),
  status: z.enum(ADVICE_ROUND_STATUSES),
  createdAt: z.number(),
  createdByName: z.string(),
  /** The body's advice, when the viewer may open it (the body's advisers; everyone once submitted). */
  adviceId: z.string().nullable(),
  adviceSubmittedAt: z.number().nullable(),
  may: AdviceRoundPermissions,
});
export type AdviceRoundSummary = z.infer<typeof AdviceRoundSummary>;

/** `GET /api/advice-rounds` (optionally `?documentId=`): the rounds the viewer may see, newest first. */
export const AdviceRoundList = z.object({ rounds: z.array(AdviceRoundSummary) });
export type AdviceRoundList = z.infer<typeof AdviceRoundList>;

/** Where a point's passage is in the current main text. */
export const PASSAGE_STATES = ['unchanged', 'changed', 'deleted'] as const;
export type PassageState = (typeof PASSAGE_STATES)[number];

/** A link from an answered point to what carries it out. */
export const AdvicePointLink = z.object({
  kind: z.enum(['amendment', 'version']),
  id: z.string(),
  /** "Amendement 3" or the version's name, for the answer and the report. */
  label: z.string(),
});
export type AdvicePointLink = z.infer<typeof AdvicePointLink>;

/** The lead's answer to a point. */
export const AdvicePointAnswer = z.object({
  answer: z.enum(ADVICE_ANSWERS),
  explanation: z.string(),
  byName: z.string(),
  at: z.number(),
  links: z.array(AdvicePointLink),
});
export type AdvicePointAnswer = z.infer<typeof AdvicePointAnswer>;

/** One advice point. */
export const AdvicePoint = z.object({
  id: z.string(),
  adviceId: z.string(),
  /** Its place in the advice: 1, 2, … in the order written. */
  number: z.number().int(),
  sectionId: z.string().nullable(),
  /** The passage of the frozen version it is anchored to; null for a general point. */
  anchor: CommentAnchor.nullable(),
  /** That passage's text in the frozen version. */
  quote: z.string().nullable(),
  /** Where that passage is in the current main text (null for a general point). */
  passageNow: z.enum(PASSAGE_STATES).nullable(),
  body: z.string(),
  authorUserId: z.string(),
  authorName: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  answer: AdvicePointAnswer.nullable(),
  may: z.object({ edit: z.boolean(), answer: z.boolean() }),
});
export type AdvicePoint = z.infer<typeof AdvicePoint>;

/** The body's advice: `GET /api/advice/:id`. */
export const Advice = z.object({
  id: z.string(),
  roundId: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  status: z.enum(ADVICE_STATUSES),
  generalText: z.string(),
  /** When the advice last changed (its text or any of its points): sent back as `expectedUpdatedAt` with a new general text. */
  updatedAt: z.number(),
  submittedAt: z.number().nullable(),
  submittedByName: z.string().nullable(),
  /** Submitted after the round's deadline. */
  late: z.boolean(),
  points: z.array(AdvicePoint),
  may: z.object({ draft: z.boolean(), submit: z.boolean() }),
});
export type Advice = z.infer<typeof Advice>;

/**
 * The `updatedAt` the writer last saw: when the record has changed since, the change is refused
 * (409 `edited_meanwhile`) and nothing is lost. Optional: without it the last write wins.
 */
const expectedUpdatedAt = z.number().int().nonnegative().optional();

/** `PATCH /api/advice/:id`: the general text, while a draft. */
export const UpdateAdviceRequest = z.strictObject({ generalText: text(50_000), expectedUpdatedAt });
export type UpdateAdviceRequest = z.input<typeof UpdateAdviceRequest>;

/**
 * `POST /api/advice/:id/points`: a point on a passage of the round's frozen version (anchors made
 * against that version's Yjs state, as comments are against a room's) or a general one.
 */
export const CreateAdvicePointRequest = z.strictObject({
  anchor: CommentAnchor.nullable(),
  sectionId: id.nullable(),
  body: text(20_000).min(1, 'An advice point needs some text.'),
});
export type CreateAdvicePointRequest = z.input<typeof CreateAdvicePointRequest>;

/** `PATCH /api/advice-points/:id`: its text, while the advice is a draft. */
export const UpdateAdvicePointRequest = z.strictObject({ body: text(20_000).min(1, 'An advice point needs some text.'), expectedUpdatedAt });
export type UpdateAdvicePointRequest = z.input<typeof UpdateAdvicePointRequest>;

/** `POST /api/advice-points/:id/answer`: gevolgd / deels / niet, the explanation, and what carries it out. */
export const AnswerAdvicePointRequest = z.strictObject({
  answer: z.enum(ADVICE_ANSWERS),
  explanation: text(10_000),
  links: z.array(z.strictObject({ kind: z.enum(['amendment', 'version']), id })).max(50).default([]),
});
export type AnswerAdvicePointRequest = z.input<typeof AnswerAdvicePointRequest>;

/** `GET /api/documents/:id/advice-points`: submitted points of every round on the document, for the current text. */
export const DocumentAdvicePoints = z.object({
  points: z.array(AdvicePoint.extend({ roundId: z.string(), bodyName: z.string(), versionName: z.string() })),
});
export type DocumentAdvicePoints = z.infer<typeof DocumentAdvicePoints>;
