/** OpenAPI paths of amendments: list, create, read, change, submit, withdraw, decide. */
import {
  AmendmentDetail,
  AmendmentList,
  CreateAmendmentRequest,
  DecideAmendmentRequest,
  UpdateAmendmentRequest,
} from '../../../shared/api/amendments.js';
import { error, json, pathParam, signedIn, type PathItems } from './helpers.js';

const notFound = error('No such amendment, or another entity\'s draft (not_found): the two are not told apart');
const action = (summary: string, extra: Record<string, unknown> = {}) => ({
  post: {
    summary,
    ...signedIn,
    parameters: [pathParam('id')],
    ...extra,
    responses: {
      200: { description: 'The amendment after the change', ...json(AmendmentDetail) },
      400: error('A rule is broken (reason_required, amendment_empty, not_modified, modified_needs_accepted_modified, passage_deleted) or the body is invalid'),
      401: error('Not signed in'),
      403: error('Signed in, but this role or entity may not do this (forbidden)'),
      404: notFound,
      409: error('Not in a state that allows it (not_a_draft, already_decided, already_closed, not_submitted, merge_refused)'),
    },
  },
});

/** The amendment paths. */
export const amendmentPaths: PathItems = {
  '/api/documents/{id}/amendments': {
    get: {
      summary: "The document's amendments the user may see, each with its changes, overlaps and permitted actions",
      description: 'Drafts appear only to their own entity. Filters: section, entity, status.',
      ...signedIn,
      parameters: [
        pathParam('id'),
        { name: 'section', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'entity', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'status', in: 'query', required: false, schema: { type: 'string' } },
      ],
      responses: { 200: { description: 'The amendments', ...json(AmendmentList) }, 401: error('Not signed in'), 404: error('No such document') },
    },
  },
  '/api/amendments': {
    post: {
      summary: "Start an amendment (a draft of the user's entity, forked from the main text as it is now)",
      ...signedIn,
      requestBody: { required: true, ...json(CreateAmendmentRequest) },
      responses: {
        201: { description: 'The new draft; edit its text in the sync room it names', ...json(AmendmentDetail) },
        400: error('Invalid body (validation_failed, invalid_json), or a quoted passage that is not in the text (passage_not_in_text)'),
        401: error('Not signed in'),
        403: error('Only contributors, coordinators and leads of an entity draft amendments'),
        404: error('No such document'),
        409: error('The user has 50 drafts open already (too_many_drafts)'),
      },
    },
  },
  '/api/amendments/{id}': {
    get: {
      summary: 'One amendment with its changes and the snapshots the editor marks them against',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The amendment', ...json(AmendmentDetail) }, 401: error('Not signed in'), 404: notFound },
    },
    patch: {
      summary: "Change a draft's title or justification",
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(UpdateAmendmentRequest) },
      responses: {
        200: { description: 'The amendment', ...json(AmendmentDetail) },
        400: error('Invalid body'),
        403: error('Not of the drafting entity'),
        404: notFound,
        409: error('Submitted amendments are frozen (amendment_frozen)'),
      },
    },
  },
  '/api/amendments/{id}/submit': action("Submit the entity's draft (its coordinator): numbered, frozen, visible to all", {
    description:
      "While an open contribution round invites the entity and covers the document (the entity's package still a draft), its drafts go in " +
      'with that package: 409 in_contribution (already an item) or in_round (the message names the deadline), also after the deadline.',
  }),
  '/api/amendments/{id}/withdraw': action(
    "Withdraw before a decision (its author or its coordinator; once it went out in the entity's submitted contribution, only the coordinator)",
  ),
  '/api/amendments/{id}/decision': action(
    "Decide (the document's lead): accepted merges it into the main text; rejected and accepted_modified need a reason",
    { requestBody: { required: true, ...json(DecideAmendmentRequest) } },
  ),
};
