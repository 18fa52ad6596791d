/**
 * Cross-site request forgery guard: a state-changing request from a browser must come from one of
 * our own pages. Hono's csrf() skips JSON bodies and upgrades, so the check is ours.
 */
import { createMiddleware } from 'hono/factory';
import { forbiddenOrigin } from '../../errors.js';
import type { AppEnv } from '../appEnv.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request's Origin may act. Browsers always send Origin on cross-origin and on POST
 * requests; a request without one (curl, scripts) cannot carry a victim's cookie by forgery, but
 * a browser that says `Sec-Fetch-Site: cross-site` is refused even without Origin.
 */
export function originAllowed(origin: string | undefined, fetchSite: string | undefined, allowed: readonly string[]): boolean {
  if (origin !== undefined) return allowed.includes(origin);
  return fetchSite !== 'cross-site' && fetchSite !== 'same-site';
}

/** Refuses state-changing requests from foreign pages. */
export const originGuard = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const ok = originAllowed(c.req.header('origin'), c.req.header('sec-fetch-site'), c.var.services.config.allowedOrigins);
    if (!ok) throw forbiddenOrigin();
  }
  await next();
});
