/** Sign-in, throttling, sign-out, the session cookie and the headers every answer carries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/protocol/closeCodes.js';
import { signIn } from '../utils/http.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { connectClient } from '../utils/syncClient.js';
import { waitFor } from '../utils/waitFor.js';

let server: TestServer & { origin: string };
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const login = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.origin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/auth/login', () => {
  it('refuses invalid JSON and invalid bodies with clear errors', async () => {
    const broken = await login('{"email":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    const invalid = await login({ email: 'not-an-email', password: '' });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/email/);
  });

  it('refuses a foreign Origin before looking at the password', async () => {
    const response = await login({ email: 'lead@justitie.example', password: 'veiligheid2026' }, { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden_origin');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('says the same for a wrong password and an unknown account', async () => {
    const wrong = await login({ email: 'adviser@cpg.example', password: 'wrong' });
    const unknown = await login({ email: 'nobody@cpg.example', password: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie and a fresh session each time', async () => {
    const first = await login({ email: 'Coordinator@Vlaanderen.example', password: 'veiligheid2026' });
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^akkoord_session=[a-z2-7]{24}\.[a-z2-7]{32};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(((await first.json()) as { user: { name: string; role: string } }).user).toMatchObject({ name: 'Pieter Janssens', role: 'coordinator' });
    const second = await login({ email: 'coordinator@vlaanderen.example', password: 'veiligheid2026' });
    expect(second.headers.get('set-cookie')!.split(';')[0]).not.toBe(cookie.split(';')[0]);
  });

  it('slows down repeated failures per account with 429 and Retry-After', async () => {
    const email = 'contributor@wallonie.example';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await login({ email, password: `guess-${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    const blocked = await login({ email, password: 'veiligheid2026' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    // Another account from the same address is not blocked by this one's failures.
    expect((await login({ email: 'kabinet@vlaanderen.example', password: 'veiligheid2026' })).status).toBe(200);
  });

  it('behind a trusted proxy, throttles by the address the proxy saw, not one the client wrote', async () => {
    const own = await startTestServer({ env: { AKKOORD_TRUST_PROXY: 'true' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const response = await fetch(`${own.url}/api/auth/login`, {
          method: 'POST',
          // Each request claims a fresh address on the left; the proxy's own entry is the last one.
          headers: { 'content-type': 'application/json', origin: own.origin, 'x-forwarded-for': `10.0.0.${i}, 192.0.2.7` },
          body: JSON.stringify({ email: `nobody-${i}@example.be`, password: 'x' }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(20)).toContain(429);
    } finally {
      await own.close();
    }
  });

  it('counts guesses sent in parallel before checking them', async () => {
    const email = 'contributor@politie.example';
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login({ email, password: `parallel-${i}` }).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const response = await login({ email: 'lead@justitie.example', password: 'x'.repeat(200_000) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('slows down many failures from one address across accounts', async () => {
    // Its own server: this blocks the whole address, which every other test here shares.
    const own = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const response = await fetch(`${own.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: own.origin },
          body: JSON.stringify({ email: `unknown-${i}@example.be`, password: 'x' }),
        });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(20)).toContain(429);
    } finally {
      await own.close();
    }
  });
});

describe('GET /api/me and POST /api/auth/logout', () => {
  it('needs a session', async () => {
    const response = await fetch(`${server.url}/api/me`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('ends the session on the server and closes its sockets', async () => {
    const cookie = await signIn(server, 'lead@politie.example');
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('lead@politie.example');
    const client = connectClient(server, 'doc:nvp', cookie);
    await waitFor(() => client.provider.synced, 'sync');
    const out = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: server.origin } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/akkoord_session=;/);
    await waitFor(() => client.closes.some((c) => c.code === CloseCode.SessionEnded), 'socket closed on sign-out');
    client.destroy();
    // The old cookie is worthless now, even if the browser kept it.
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});

describe('every answer', () => {
  it('carries the security headers and a CSP without inline scripts', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('publishes the OpenAPI document', async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/logout',
        '/api/me',
        '/api/documents',
        '/api/documents/{id}/text',
        '/healthz',
        '/api/documents/{id}/amendments',
        '/api/amendments',
        '/api/amendments/{id}',
        '/api/amendments/{id}/submit',
        '/api/amendments/{id}/withdraw',
        '/api/amendments/{id}/decision',
      ]),
    );
    // Every area documents its routes: versions, comments, attribution and exports included.
    const paths = Object.keys(doc.paths).join(' ');
    for (const part of ['versions', 'compare', 'comment-threads', 'authorship', 'statistics', 'export.docx']) expect(paths).toContain(part);
  });
});
