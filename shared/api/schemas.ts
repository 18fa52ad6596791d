/**
 * The REST API's bodies as zod schemas: the server validates requests with them and derives the
 * OpenAPI document from them; the client types its calls with the inferred types.
 */
import { z } from 'zod';
import { ROLES } from '../domain/roles.js';

/** `POST /api/auth/login` body. */
export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in user, as `GET /api/me` and the login answer give it. */
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  color: z.string(),
});
export type Me = z.infer<typeof Me>;

/** `{ user }` wrapper of the login and me answers. */
export const MeResponse = z.object({ user: Me });
export type MeResponse = z.infer<typeof MeResponse>;

/** A section of a document's outline. */
export const SectionSummary = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.number().int(),
  title: z.string(),
  /** Ids of the sections of the other document this one is linked to (NVP theme → KIV interest). */
  linksTo: z.array(z.string()),
});
export type SectionSummary = z.infer<typeof SectionSummary>;

/** A document as the dossier page lists it. */
export const DocumentSummary = z.object({
  id: z.string(),
  title: z.string(),
  short: z.string(),
  motto: z.string().nullable(),
  leadEntityId: z.string(),
  leadEntityName: z.string(),
  /** What the signed-in user may do with its main text. */
  access: z.enum(['read', 'write']),
  /** The sync room of its main text. */
  room: z.string(),
  sections: z.array(SectionSummary),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** `GET /api/documents` answer. */
export const DocumentList = z.object({ documents: z.array(DocumentSummary) });
export type DocumentList = z.infer<typeof DocumentList>;

/** A participating organisation, with its sub-units. */
export const EntitySummary = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  parentId: z.string().nullable(),
  color: z.string(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** A body of the process (Steering Committee, IMC, …). */
export const BodySummary = z.object({ id: z.string(), name: z.string(), does: z.string() });
export type BodySummary = z.infer<typeof BodySummary>;

/** One step of the process timeline. `date` is an ISO calendar date. */
export const TimelineEvent = z.object({
  date: z.string(),
  approximate: z.string().nullable(),
  event: z.string(),
  documentIds: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** `GET /api/dossier` answer: the dossier page's content. */
export const DossierResponse = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.array(DocumentSummary),
  entities: z.array(EntitySummary),
  bodies: z.array(BodySummary),
  timeline: z.array(TimelineEvent),
});
export type DossierResponse = z.infer<typeof DossierResponse>;

/** Every error answer: `{ error: { code, message } }`. */
export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** `GET /api/documents/:id/text` query. */
export const DocumentTextQuery = z.object({ version: z.string().max(64).optional() });
