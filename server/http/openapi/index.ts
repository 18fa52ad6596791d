/** The OpenAPI 3.1 document of the REST API, derived from the same zod schemas that validate it. */
import { advicePaths } from './advice.js';
import { amendmentPaths } from './amendments.js';
import { attributionPaths } from './attribution.js';
import { commentPaths } from './comments.js';
import { contributionPaths } from './contributions.js';
import { corePaths } from './core.js';
import { exportPaths } from './exports.js';
import { notificationPaths } from './notifications.js';
import { versionPaths } from './versions.js';

/** Builds the document served at `/api/openapi.json`. */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Akkoord API',
      version: '0.2.0',
      description:
        'Collaborative drafting of the KIV and NVP. Errors are `{ error: { code, message } }`. State-changing ' +
        'requests must come from an allowed Origin. Real-time editing uses the y-websocket protocol on ' +
        '`/sync/doc:<documentId>` (a main text) and `/sync/amendment:<amendmentId>` (an amendment\'s fork); ' +
        'see ARCHITECTURE.md.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'akkoord_session' } },
    },
    paths: { ...corePaths, ...amendmentPaths, ...versionPaths, ...commentPaths, ...attributionPaths, ...exportPaths, ...advicePaths, ...contributionPaths, ...notificationPaths },
  };
}
