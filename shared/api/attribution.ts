/**
 * "Who wrote what" and the contribution statistics (zod): the answers of
 * `GET /api/documents/:id/authorship` and `GET /api/documents/:id/statistics`, and how a client
 * reads the authorship runs. Both are derived from the server's attribution log only.
 */
import { z } from 'zod';
import { AMENDMENT_STATUSES } from '../domain/amendmentRules.js';

/** One author of "who wrote what": a user as the entity they wrote for. */
export const AuthorshipAuthor = z.object({
  userId: z.string(),
  /** The user's name; for the seeded text "oorspronkelijke tekst" (show `original` translated). */
  name: z.string(),
  /** The seeded text: no person and no entity wrote it. */
  original: z.boolean(),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  /** The entity's colour (ENTITY_COLORS), the same in the legend, the text and the cursors. */
  color: z.string(),
});
export type AuthorshipAuthor = z.infer<typeof AuthorshipAuthor>;

/**
 * A run of one Yjs client's clocks written by one author in one minute, by direct editing or by an
 * amendment: [client, clock, length, authorIndex (into `authors`), at (ms, to the minute),
 * amendmentNumber or null]. A run may also span deleted or non-text structs between its text: only
 * the structs visible in the text are meant to be looked up.
 */
export const AuthorshipRun = z.tuple([
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().positive(),
  z.number().int().nonnegative(),
  z.number().int(),
  z.number().int().positive().nullable(),
]);
export type AuthorshipRun = z.infer<typeof AuthorshipRun>;

/** An accepted amendment that runs name, for the hover ("via amendement 3, aanvaard op …"). */
export const AuthorshipAmendment = z.object({
  number: z.number().int(),
  id: z.string(),
  title: z.string(),
  entityId: z.string(),
  status: z.enum(AMENDMENT_STATUSES),
  decidedAt: z.number().nullable(),
});
export type AuthorshipAmendment = z.infer<typeof AuthorshipAmendment>;

/** `GET /api/documents/:id/authorship`. */
export const DocumentAuthorship = z.object({
  documentId: z.string(),
  /** The main text's log position this answer reflects: ask again once the text has moved on. */
  seq: z.number().int(),
  authors: z.array(AuthorshipAuthor),
  amendments: z.array(AuthorshipAmendment),
  /** Sorted by client, then clock; runs never overlap. */
  runs: z.array(AuthorshipRun),
});
export type DocumentAuthorship = z.infer<typeof DocumentAuthorship>;

/**
 * The run holding a struct's (client, clock), or null (text newer than the answer). Binary search
 * over the sorted runs. A struct longer than one piece of text may continue into the next runs: for
 * clock + k look up again, or walk on from the run found while its end is passed.
 */
export function findAuthorshipRun(runs: readonly AuthorshipRun[], client: number, clock: number): AuthorshipRun | null {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const run = runs[middle]!;
    if (run[0] < client || (run[0] === client && run[1] + run[2] <= clock)) low = middle + 1;
    else if (run[0] > client || run[1] > clock) high = middle - 1;
    else return run;
  }
  return null;
}

/** Characters and amendments of one entity in one section (or a total of them). */
export const ContributionCounts = z.object({
  /** Characters the entity inserted, whether still in the text or deleted since. */
  added: z.number().int().nonnegative(),
  /** Characters the entity deleted (each character counted for whoever deleted it first). */
  removed: z.number().int().nonnegative(),
  /** Amendments submitted (whatever became of them); drafts are never counted. */
  submitted: z.number().int().nonnegative(),
  /** Accepted, as they were or as modified. */
  accepted: z.number().int().nonnegative(),
  /** Of the accepted: "aanvaard mits wijziging". */
  acceptedModified: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Withdrawn after submission. */
  withdrawn: z.number().int().nonnegative(),
});
export type ContributionCounts = z.infer<typeof ContributionCounts>;

/** An entity that contributed to the document; null is the seeded text ("oorspronkelijke tekst"). */
export const StatisticsEntity = z.object({
  entityId: z.string().nullable(),
  name: z.string(),
  original: z.boolean(),
  color: z.string(),
});
export type StatisticsEntity = z.infer<typeof StatisticsEntity>;

/** A section of the document; null holds what lies outside every section (rare). */
export const StatisticsSection = z.object({
  sectionId: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
});
export type StatisticsSection = z.infer<typeof StatisticsSection>;

/** `GET /api/documents/:id/statistics`: per entity and section, with totals both ways. */
export const DocumentStatistics = z.object({
  documentId: z.string(),
  /** The main text's log position the character counts reflect. */
  seq: z.number().int(),
  entities: z.array(StatisticsEntity),
  sections: z.array(StatisticsSection),
  /** Only the entity × section pairs with something to count. */
  cells: z.array(ContributionCounts.extend({ entityId: z.string().nullable(), sectionId: z.string().nullable() })),
  byEntity: z.array(ContributionCounts.extend({ entityId: z.string().nullable() })),
  bySection: z.array(ContributionCounts.extend({ sectionId: z.string().nullable() })),
  total: ContributionCounts,
});
export type DocumentStatistics = z.infer<typeof DocumentStatistics>;
