/** OpenAPI paths of sign-in, the dossier, documents and health. */
import { DocumentList, DossierResponse, ErrorResponse, LoginRequest, MeResponse } from '../../../shared/api/schemas.js';
import { error, json, signedIn, type PathItems } from './helpers.js';

/** The core paths. */
export const corePaths: PathItems = {
      '/api/auth/login': {
        post: {
          summary: 'Sign in; sets the HttpOnly session cookie',
          requestBody: { required: true, ...json(LoginRequest) },
          responses: {
            200: { description: 'Signed in', ...json(MeResponse) },
            400: error('Invalid body (validation_failed, invalid_json)'),
            401: error('Wrong email or password (invalid_credentials)'),
            403: error('Foreign Origin (forbidden_origin)'),
            413: error('Body over 64 KiB (payload_too_large)'),
            429: {
              description: 'Too many failed attempts (too_many_attempts); see Retry-After',
              headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
              ...json(ErrorResponse),
            },
          },
        },
      },
      '/api/auth/logout': {
        post: {
          summary: 'Sign out: ends the session on the server and closes its sync connections',
          responses: { 204: { description: 'Signed out' }, 403: error('Foreign Origin (forbidden_origin)') },
        },
      },
      '/api/me': {
        get: { summary: 'The signed-in user', ...signedIn, responses: { 200: { description: 'The user', ...json(MeResponse) }, 401: error('Not signed in') } },
      },
      '/api/dossier': {
        get: {
          summary: 'The dossier: documents, entities, bodies, timeline',
          ...signedIn,
          responses: { 200: { description: 'The dossier', ...json(DossierResponse) }, 401: error('Not signed in') },
        },
      },
      '/api/documents': {
        get: {
          summary: "The dossier's documents with their outline and the user's access",
          ...signedIn,
          responses: { 200: { description: 'The documents', ...json(DocumentList) }, 401: error('Not signed in') },
        },
      },
      '/api/documents/{id}/text': {
        get: {
          summary: 'Plain text of the current main text (or of a version with ?version=)',
          ...signedIn,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'version', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            200: { description: 'The text', content: { 'text/plain': { schema: { type: 'string' } } } },
            401: error('Not signed in'),
            404: error('No such document or version'),
          },
        },
      },
      '/healthz': {
        get: { summary: 'Liveness and database check', responses: { 200: { description: 'Healthy' }, 503: { description: 'Database unavailable' } } },
      },
};
