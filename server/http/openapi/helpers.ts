/** Small builders shared by the OpenAPI path modules. */
import { z } from 'zod';
import { ErrorResponse } from '../../../shared/api/schemas.js';

/** One OpenAPI path item (loosely typed: the document is data). */
export type PathItems = Record<string, Record<string, unknown>>;

/** A JSON body described by a zod schema. */
export const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input' }) } } });
/** An error answer. */
export const error = (description: string) => ({ description, ...json(ErrorResponse) });
/** Marks an operation as needing the session cookie. */
export const signedIn = { security: [{ session: [] }] };
/** A path parameter. */
export const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
/** A DOCX download. */
export const docx = (description: string) => ({
  description,
  content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } },
});
