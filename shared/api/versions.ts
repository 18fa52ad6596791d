/**
 * The versions API's bodies (zod): taking a named version of a main text, listing and opening
 * versions, and comparing two of them (or one with the current text).
 */
import { z } from 'zod';
import { DiffBlock } from './amendments.js';

/** The word that stands for the current text in a comparison, instead of a version id. */
export const CURRENT_TEXT = 'current';

/** `POST /api/documents/:id/versions` body: the version's name ("Ontwerp voor advies CPG"). */
export const CreateVersionRequest = z.object({
  name: z.string().trim().min(1, 'A name is required.').max(200),
});
export type CreateVersionRequest = z.input<typeof CreateVersionRequest>;

/** A version as lists and its page show it: what, who and when (never its bytes). */
export const VersionSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  name: z.string(),
  createdAt: z.number(),
  createdByUserId: z.string(),
  createdByName: z.string(),
  /** The taker's entity, for its colour; null for a user without one. */
  createdByEntityId: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** `GET /api/documents/:id/versions` answer, newest first. */
export const VersionList = z.object({ versions: z.array(VersionSummary) });
export type VersionList = z.infer<typeof VersionList>;

/** A ProseMirror document as `Node.toJSON()` gives it; the client turns it back with `Node.fromJSON(schema, …)`. */
export const ProseMirrorJson = z.looseObject({ type: z.string() });
export type ProseMirrorJson = z.infer<typeof ProseMirrorJson>;

/** `GET /api/versions/:id/content` answer: the version's text, to open read-only. */
export const VersionContent = z.object({
  version: VersionSummary,
  content: ProseMirrorJson,
});
export type VersionContent = z.infer<typeof VersionContent>;

const side = z.string().min(1).max(64);

/** `GET /api/documents/:id/compare` query: two version ids, either of which may be `current`. */
export const CompareQuery = z.object({ from: side, to: side });
export type CompareQuery = z.infer<typeof CompareQuery>;

/** One side of a comparison: a version, or the current text (version null) as it was when compared. */
export const ComparisonSide = z.object({
  version: VersionSummary.nullable(),
  /** When that text was: the version's time, or the time of the comparison for the current text. */
  at: z.number(),
});
export type ComparisonSide = z.infer<typeof ComparisonSide>;

/** `GET /api/documents/:id/compare` answer: the blocks that differ, insertions and deletions coloured by entity. */
export const VersionComparison = z.object({
  documentId: z.string(),
  from: ComparisonSide,
  to: ComparisonSide,
  /** Changed blocks in document order: `added` is in `to` and not in `from`, `removed` the reverse. */
  blocks: z.array(DiffBlock),
  added: z.number().int(),
  removed: z.number().int(),
});
export type VersionComparison = z.infer<typeof VersionComparison>;
