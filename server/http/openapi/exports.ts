/** OpenAPI paths of DOCX exports. */
import { docx, error, pathParam, signedIn, type PathItems } from './helpers.js';

const attachment = (description: string) => ({
  ...docx(description),
  headers: {
    'Content-Disposition': {
      schema: { type: 'string' },
      description: 'attachment; filename="KIV-amendementen-2026-11-30.docx" (ASCII only)',
    },
  },
});

/** The paths of DOCX exports. */
export const exportPaths: PathItems = {
  '/api/documents/{id}/amendments/export.docx': {
    get: {
      summary: "The document's amendments as the two-column table (Huidige tekst | Voorgestelde tekst), as the list filters them",
      description:
        'Exactly the amendments the list shows the user, with the same filters: drafts only to their own entity. Each has its number ' +
        '(or "Ontwerp"), title, entity, section, status and decision (who, when, why), its changes and its justification.',
      ...signedIn,
      parameters: [
        pathParam('id'),
        { name: 'section', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'entity', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'status', in: 'query', required: false, schema: { type: 'string' } },
      ],
      responses: {
        200: attachment('The amendments as a Word document'),
        400: error('An unknown status filter (validation_failed)'),
        401: error('Not signed in'),
        404: error('No such document'),
      },
    },
  },
  '/api/amendments/{id}/export.docx': {
    get: {
      summary: 'One amendment as the two-column table, with its facts and justification',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: attachment('The amendment as a Word document'),
        401: error('Not signed in'),
        404: error("No such amendment, or another entity's draft (not_found): the two are not told apart"),
      },
    },
  },
  '/api/documents/{id}/export.docx': {
    get: {
      summary: 'The current main text as a Word document: numbered sections, headings, lists with Word numbering',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: attachment('The text as a Word document'), 401: error('Not signed in'), 404: error('No such document') },
    },
  },
  '/api/versions/{id}/export.docx': {
    get: {
      summary: 'A named version of a main text as a Word document, with its name, who took it and when',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: attachment('The version as a Word document'), 401: error('Not signed in'), 404: error('No such version') },
    },
  },
};
