/** OpenAPI paths of "who wrote what" and contribution statistics. */
import { DocumentAuthorship, DocumentStatistics } from '../../../shared/api/attribution.js';
import { error, json, pathParam, signedIn, type PathItems } from './helpers.js';

/** The paths of "who wrote what" and contribution statistics. */
export const attributionPaths: PathItems = {
  '/api/documents/{id}/authorship': {
    get: {
      summary: 'Who wrote what in the main text: authors, accepted amendments, and runs of Yjs clocks',
      description:
        'Derived from the server\'s attribution log only. Each run is [client, clock, length, authorIndex, at, ' +
        'amendmentNumber|null], sorted by client and clock: look up the (client, clock) of each visible Yjs text ' +
        'item by binary search. Text merged by accepting an amendment is attributed to whoever wrote it in the ' +
        'amendment (the lead, for an adjustment before "aanvaard mits wijziging"). `seq` is the log position it reflects.',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: { description: 'The authorship of the visible text', ...json(DocumentAuthorship) },
        401: error('Not signed in'),
        403: error('May not read this document'),
        404: error('No such document'),
      },
    },
  },
  '/api/documents/{id}/statistics': {
    get: {
      summary: 'Contributions per entity and section: characters added and removed, amendments submitted, accepted, rejected, withdrawn',
      description:
        'Added counts every character an entity inserted (deleted since or not) in the section it lies in; removed ' +
        'counts characters an entity deleted. Only submitted amendments are counted, never drafts. Totals per ' +
        'entity, per section and in all.',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: { description: 'The statistics', ...json(DocumentStatistics) },
        401: error('Not signed in'),
        403: error('May not read this document'),
        404: error('No such document'),
      },
    },
  },
};
