/** A signed-in JSON client for integration tests: sends the cookie and an allowed Origin. */
import { expect } from 'vitest';

/** An answer: status and parsed JSON body (null when there is none). */
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** JSON calls as one signed-in user. */
export interface ApiClient {
  get<T = unknown>(path: string): Promise<ApiAnswer<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<ApiAnswer<T>>;
  patch<T = unknown>(path: string, body?: unknown): Promise<ApiAnswer<T>>;
  delete<T = unknown>(path: string): Promise<ApiAnswer<T>>;
}

/** A client for `server` with the session `cookie`. */
export function apiClient(server: { url: string; origin: string }, cookie: string): ApiClient {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { cookie, origin: server.origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    patch: (path, body) => call('PATCH', path, body ?? {}),
    delete: (path) => call('DELETE', path),
  };
}

/** The body of an error answer. */
export type ErrorBody = { error: { code: string; message: string } };

/** Asserts an answer is the error `code` with `status` (the body is printed when it is not). */
export function expectError(answer: ApiAnswer, status: number, code: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect((answer.body as ErrorBody).error.code, JSON.stringify(answer.body)).toBe(code);
}
