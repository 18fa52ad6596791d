/** Health check and the OpenAPI document. */
import { Hono } from 'hono';
import type { AppEnv } from '../appEnv.js';
import { buildOpenApiDocument } from '../openapi/index.js';

const openApiDocument = buildOpenApiDocument();

/** `/healthz` (outside /api) and `/api/openapi.json`. */
export const healthRoute = new Hono<AppEnv>().get('/healthz', (c) => {
  try {
    c.var.services.db.prepare('SELECT 1').get();
    return c.json({ status: 'ok' });
  } catch {
    return c.json({ status: 'unavailable' }, 503);
  }
});

/** `/api/openapi.json`. */
export const openApiRoute = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(openApiDocument));
