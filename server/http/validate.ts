/** Validation at the edge: JSON bodies and queries through zod, failures as clear 400s. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, validationFailed } from '../errors.js';

/** Parses and validates a JSON body. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return validate(schema, body);
}

/** Validates a value (a query object, a body) against a schema. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw validationFailed(problems.join('; '));
  }
  return result.data;
}
