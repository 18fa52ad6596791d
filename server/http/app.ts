/** The Hono app: middleware, routes and the one error handler. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import type { AppEnv } from './appEnv.js';
import { originGuard } from './middleware/origin.js';
import { securityHeaders } from './middleware/securityHeaders.js';
import { sessionMiddleware } from './middleware/session.js';
import { adminRoutes } from './routes/admin.js';
import { adviceRoutes } from './routes/advice.js';
import { amendmentRoutes } from './routes/amendments.js';
import { attributionRoutes } from './routes/attribution.js';
import { authRoutes } from './routes/auth.js';
import { commentRoutes } from './routes/comments.js';
import { contributionRoutes } from './routes/contributions.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/exports.js';
import { notificationRoutes } from './routes/notifications.js';
import { syncRoute } from './routes/sync.js';
import { healthRoute, openApiRoute } from './routes/system.js';
import { versionRoutes } from './routes/versions.js';
import { staticClient } from './staticClient.js';

/** Largest JSON body the API reads (sign-in and the like are tiny). */
const MAX_API_BODY_BYTES = 64 * 1024;

/** Builds the app around the server's services. */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });
  app.use('*', securityHeaders);
  app.route('/', healthRoute);

  const api = new Hono<AppEnv>();
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) => c.json({ error: { code: 'payload_too_large', message: 'The request body is too large.' } }, 413),
    }),
    originGuard,
    sessionMiddleware,
  );
  api.route('/', authRoutes);
  api.route('/', documentRoutes);
  api.route('/', amendmentRoutes);
  api.route('/', adviceRoutes);
  api.route('/', versionRoutes);
  api.route('/', commentRoutes);
  api.route('/', attributionRoutes);
  api.route('/', exportRoutes);
  api.route('/', contributionRoutes);
  api.route('/', notificationRoutes);
  api.route('/', adminRoutes);
  api.route('/', openApiRoute);
  api.all('*', (c) => c.json({ error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}.` } }, 404));
  app.route('/api', api);

  const sync = new Hono<AppEnv>();
  sync.use('*', sessionMiddleware);
  sync.route('/', syncRoute);
  app.route('/sync', sync);

  if (services.config.clientDir) app.route('/', staticClient(services.config.clientDir));

  app.onError((error, c) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    }
    if (error instanceof HTTPException) {
      return c.json({ error: { code: 'http_error', message: error.message } }, error.status);
    }
    services.logger.error('http.unhandled', { method: c.req.method, path: c.req.path, error: String(error), stack: error.stack });
    return c.json({ error: { code: 'internal', message: 'Something went wrong on the server.' } }, 500);
  });
  return app;
}
