/** OpenAPI paths of versions and comparisons. */
import { CreateVersionRequest, VersionComparison, VersionContent, VersionList, VersionSummary } from '../../../shared/api/versions.js';
import { error, json, pathParam, signedIn, type PathItems } from './helpers.js';

const notFound = error('No such version (not_found)');

/** The paths of versions and comparisons. */
export const versionPaths: PathItems = {
  '/api/documents/{id}/versions': {
    get: {
      summary: "The document's versions, newest first, with who took them and when",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The versions', ...json(VersionList) }, 401: error('Not signed in'), 404: error('No such document') },
    },
    post: {
      summary: "Take a named version of the main text as it is now (the document's lead); versions are immutable",
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(CreateVersionRequest) },
      responses: {
        201: { description: 'The new version', ...json(VersionSummary) },
        400: error('Invalid body (validation_failed, invalid_json)'),
        401: error('Not signed in'),
        403: error("Only the document's lead takes versions (forbidden)"),
        404: error('No such document'),
      },
    },
  },
  '/api/versions/{id}': {
    get: {
      summary: 'One version: name, who and when',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The version', ...json(VersionSummary) }, 401: error('Not signed in'), 404: notFound },
    },
  },
  '/api/versions/{id}/content': {
    get: {
      summary: "The version's text as ProseMirror JSON, to open read-only (plain text: /api/documents/{id}/text?version=)",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The version and its text', ...json(VersionContent) }, 401: error('Not signed in'), 404: notFound },
    },
  },
  '/api/versions/{id}/state': {
    get: {
      summary: "The version's whole Yjs state as one update (Y.encodeStateAsUpdate), to build it read-only and anchor advice points on it",
      description:
        'A version shares its structs with the main text, so relative positions made against this state also resolve in the ' +
        'current text (`/sync/doc:<documentId>`). Whoever may read the version may read its state.',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: { description: 'The Yjs update', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        401: error('Not signed in'),
        404: notFound,
      },
    },
  },
  '/api/documents/{id}/compare': {
    get: {
      summary: 'Compare two versions, or a version and the current text: the changed blocks, coloured by entity',
      description:
        '`from` and `to` are version ids of this document or `current`. Segments marked `added` are in `to` and not ' +
        'in `from`, `removed` the reverse; `entityId` says whose change it is (for its colour), null when unknown.',
      ...signedIn,
      parameters: [
        pathParam('id'),
        { name: 'from', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'to', in: 'query', required: true, schema: { type: 'string' } },
      ],
      responses: {
        200: { description: 'The comparison', ...json(VersionComparison) },
        400: error('from or to missing (validation_failed)'),
        401: error('Not signed in'),
        404: error('No such document, or a version that is not one of this document (not_found)'),
      },
    },
  },
};
