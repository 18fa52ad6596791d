/** Serves the built client with a fallback to index.html for the client's own routes. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './appEnv.js';

/** The static routes; when the client is not built, a page says how to build it. */
export function staticClient(clientDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const indexPath = join(clientDir, 'index.html');
  const root = relative(process.cwd(), clientDir) || '.';
  if (existsSync(clientDir)) {
    app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    // index.html (served here for `/`) names the current build's hashed assets: a tab left open
    // across an upgrade must revalidate it, or it keeps the old client against the new API.
    app.use('/*', serveStatic({ root, onFound: (path, c) => (path.endsWith('.html') ? c.header('Cache-Control', 'no-cache') : undefined) }));
  }
  // Read once: the client is built before the server starts (npm start), not while it runs.
  let indexHtml: Promise<string> | null = null;
  app.get('*', async (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The client is not built. Run `npm run build` (npm start does this for you).', 503);
    }
    indexHtml ??= readFile(indexPath, 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(await indexHtml);
  });
  return app;
}
