/**
 * One error vocabulary: named errors with an HTTP status and a stable machine code. Routes throw
 * them; the app's onError turns them into `{ error: { code, message } }`.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error that is meant to reach the client as it is. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    /** Extra headers the answer carries (e.g. Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 400: the request body or query did not validate. */
export const validationFailed = (message: string) => new AppError(400, 'validation_failed', message);
/** 401: no valid session. */
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in first.');
/** 401: wrong email or password (never says which). */
export const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email address or password is not correct.');
/** 403: signed in, but this role may not do this. */
export const forbidden = (message = 'You may not do this.') => new AppError(403, 'forbidden', message);
/** 403: the request came from a page whose Origin is not allowed. */
export const forbiddenOrigin = () =>
  new AppError(403, 'forbidden_origin', 'This request did not come from an allowed page.');
/** 404: no such thing (or not visible to this user). */
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`);
/** 409: the record is not in a state that allows this (already submitted, decided, frozen…). */
export const conflict = (code: string, message: string) => new AppError(409, code, message);
/** 400: the request is well-formed but breaks a rule (a rejection without a reason…). */
export const ruleBroken = (code: string, message: string) => new AppError(400, code, message);
/** 429: too many attempts; retry after the given seconds. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'too_many_attempts',
    `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
    { 'Retry-After': String(retryAfterSeconds) },
  );
