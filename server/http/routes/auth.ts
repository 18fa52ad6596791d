/** Sign-in, sign-out and the signed-in user. */
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { LoginRequest, type MeResponse } from '../../../shared/api/schemas.js';
import type { AppEnv } from '../appEnv.js';
import { presentMe } from '../presenters.js';
import { clearSessionCookie, requireSession, sessionCookieName, writeSessionCookie } from '../middleware/session.js';
import { getCookie } from 'hono/cookie';
import { readJson } from '../validate.js';

/** `/api/auth/*` and `/api/me`. */
export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    const { email, password } = await readJson(c, LoginRequest);
    const { user, token, expiresAt } = await c.var.services.logIn.run({ email, password, address: clientAddress(c) });
    // A stale session from before is ended: sign-in always starts a fresh one.
    if (c.var.session) c.var.services.sessions.end(c.var.session.sessionId);
    writeSessionCookie(c, token, expiresAt);
    return c.json({ user: presentMe(user) } satisfies MeResponse);
  })
  .post('/auth/logout', (c) => {
    // Ending the session also closes its sync sockets (SessionService listeners).
    if (c.var.session) c.var.services.sessions.end(c.var.session.sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/me', (c) => {
    const { user } = requireSession(c);
    // The idle expiry slides on the server; the client asks /me on every page load, so the cookie follows.
    writeSessionCookie(c, getCookie(c, sessionCookieName(c.var.services.config.secureCookies))!, c.var.session!.expiresAt);
    return c.json({ user: presentMe(user) } satisfies MeResponse);
  });

/** The client's address: the socket's, or the proxy's X-Forwarded-For when configured to trust it. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.var.services.config.trustProxy) {
    // The rightmost entry is the one our proxy added; those left of it are whatever the client wrote.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
