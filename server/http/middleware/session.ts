/** Reads the session cookie and puts the signed-in user (or null) on the context. */
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import type { ValidSession } from '../../auth/sessions.js';
import { unauthenticated } from '../../errors.js';
import type { AppEnv } from '../appEnv.js';

/** The cookie's name: `__Host-` prefixed over HTTPS, which pins it to this host and path `/`. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-akkoord_session' : 'akkoord_session';
}

/** Validates the session cookie on every request. */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const { config, sessions } = c.var.services;
  const token = getCookie(c, sessionCookieName(config.secureCookies));
  c.set('session', sessions.validate(token));
  await next();
});

/** The session, or a 401. */
export function requireSession(c: Context<AppEnv>): ValidSession {
  const session = c.var.session;
  if (!session) throw unauthenticated();
  return session;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function writeSessionCookie(c: Context<AppEnv>, token: string, expiresAt: number): void {
  const secure = c.var.services.config.secureCookies;
  setCookie(c, sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt - Date.now()) / 1000)),
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  const secure = c.var.services.config.secureCookies;
  deleteCookie(c, sessionCookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
