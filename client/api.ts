/**
 * The REST API as typed functions. Answers are checked against the shared zod schemas, so a server
 * that drifts from the contract fails loudly here instead of deep inside a component.
 */
import type { z } from 'zod';
import {
  DocumentList,
  DossierResponse,
  ErrorResponse,
  MeResponse,
  type LoginRequest,
  type Me,
} from '../shared/api/schemas.js';

/** An error answer from the API, or a network failure (status 0, code `network_error`). */
export class ApiError extends Error {
  /** HTTP status, 0 when the server could not be reached. */
  readonly status: number;
  /** The stable machine code from `{error:{code}}`. */
  readonly code: string;
  /** Seconds from a `Retry-After` header, when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string, message: string, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  // Retry-After may also be an HTTP date.
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Sends a request and returns the response, throwing ApiError for network failures and error answers. */
export async function send(method: HttpMethod, path: string, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      // Same-origin cookies only: the session cookie must never travel to another site.
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return response;
  const parsed = ErrorResponse.safeParse(await response.json().catch(() => null));
  const { code, message } = parsed.success
    ? parsed.data.error
    : { code: `http_${response.status}`, message: response.statusText };
  throw new ApiError(response.status, code, message, parseRetryAfter(response.headers.get('retry-after')));
}

/** Sends a request and checks its JSON answer against `schema`. */
export async function request<S extends z.ZodType>(
  method: HttpMethod,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const response = await send(method, path, body);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', `unexpected answer from ${path}`);
  return parsed.data;
}

/** Signs in; the server sets the session cookie. */
export async function login(credentials: LoginRequest): Promise<Me> {
  return (await request('POST', '/api/auth/login', MeResponse, credentials)).user;
}

/** Ends the session on the server. */
export async function logout(): Promise<void> {
  await send('POST', '/api/auth/logout');
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return (await request('GET', '/api/me', MeResponse)).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The dossier page's content. */
export async function fetchDossier(): Promise<DossierResponse> {
  return request('GET', '/api/dossier', DossierResponse);
}

/** The documents the user can open, with their access level and sync room. */
export async function fetchDocuments(): Promise<DocumentList> {
  return request('GET', '/api/documents', DocumentList);
}
