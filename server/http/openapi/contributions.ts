/** OpenAPI paths of contribution rounds (insteekrondes): rounds, packages, items, processing and the reports. */
import {
  Contribution,
  CreateItemRequest,
  ExtendDeadlineRequest,
  OpenRoundRequest,
  ProcessItemRequest,
  RoundList,
  RoundSummary,
  UpdateContributionRequest,
  UpdateItemRequest,
} from '../../../shared/api/contributions.js';
import { docx, error, json, pathParam, signedIn, type PathItems } from './helpers.js';

const roundNotFound = error('No such round, or one the user neither runs nor is invited to (not_found): the two are not told apart');
const packageNotFound = error("No such package, or another entity's package not (yet) visible to the user (not_found): the two are not told apart");
const itemNotFound = error("No such item, or one in a package the user may not see, or dropped inside another entity (not_found)");
const unauthenticated = error('Not signed in');

/** A package answer after a change. */
const packageAnswer = (description: string) => ({ description, ...json(Contribution) });

const attachment = (description: string) => ({
  ...docx(description),
  headers: {
    'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename="verwerking-insteken-…-2026-11-30.docx" (ASCII only)' },
  },
});

/** The contribution round paths. */
export const contributionPaths: PathItems = {
  '/api/contribution-rounds': {
    get: {
      summary: "The rounds the user runs (leads of the round's documents) or whose invited entities include theirs, newest first",
      description: "The round's leads see every invited entity; an invited user sees only their own entity's entry.",
      ...signedIn,
      responses: { 200: { description: 'The rounds (empty for everyone else)', ...json(RoundList) }, 401: unauthenticated },
    },
    post: {
      summary: 'Open a round (a lead, on one or both documents, at least one of which their entity leads): invited top-level entities, a Brussels deadline, instructions',
      description:
        "The leads of every document in the round run it together; each processes the remarks on its own document. Creates one private " +
        'draft package per invited entity and notifies its coordinators, leads and contributors. The deadline is a ' +
        'date and time in Europe/Brussels, at most five years ahead; a time skipped when the clocks go forward does not exist, one that occurs twice is taken at its second occurrence.',
      ...signedIn,
      requestBody: { required: true, ...json(OpenRoundRequest) },
      responses: {
        201: { description: 'The new round', ...json(RoundSummary) },
        400: error(
          'Invalid body (validation_failed, invalid_json); unknown_document, unknown_entity, not_top_level; deadline_invalid, deadline_nonexistent, deadline_in_past, deadline_too_far',
        ),
        401: unauthenticated,
        403: error("Not a lead, or none of the documents is led by the user's entity (forbidden)"),
      },
    },
  },
  '/api/contribution-rounds/{id}': {
    get: {
      summary: 'One round: its documents, deadline and invited entities (each with its deadline, extension and submission)',
      description:
        "The round's leads see every invited entity; an invited user sees only their own entity's entry. A package's id is given only " +
        "where the user may open it: their own entity's, or any submitted one for the round's leads.",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The round', ...json(RoundSummary) }, 401: unauthenticated, 404: roundNotFound },
    },
  },
  '/api/contribution-rounds/{id}/extensions': {
    post: {
      summary: "Extend one invited entity's deadline (a round's lead; the entity has not submitted yet) to a later one than it has now, with the reason",
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(ExtendDeadlineRequest) },
      responses: {
        200: { description: 'The round with the extension recorded', ...json(RoundSummary) },
        400: error(
          "Invalid body; not_invited; deadline_invalid, deadline_nonexistent, deadline_in_past, deadline_too_far, deadline_not_later (not after the entity's current deadline, which the message names)",
        ),
        401: unauthenticated,
        403: error("Not the round's lead"),
        404: roundNotFound,
        409: error('The round is closed (round_closed) or the entity has submitted (not_a_draft)'),
      },
    },
  },
  '/api/contribution-rounds/{id}/close': {
    post: {
      summary: "Close the round (the round's lead): nothing more is added or submitted; processing goes on",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: { description: 'The closed round', ...json(RoundSummary) },
        401: unauthenticated,
        403: error("Not the round's lead"),
        404: roundNotFound,
        409: error('Already closed (round_closed)'),
      },
    },
  },
  '/api/contribution-rounds/{id}/report.docx': {
    get: {
      summary: '"Verwerking van de insteken" for the whole round (the round\'s lead): every submitted package, each item with its processing',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: attachment('The report as a Word document'), 401: unauthenticated, 403: error("Not the round's lead"), 404: roundNotFound },
    },
  },
  '/api/contributions/{id}': {
    get: {
      summary: "An entity's package: cover note, sub-units, items (dropped ones only inside the entity) and what the user may do",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: packageAnswer('The package'), 401: unauthenticated, 404: packageNotFound },
    },
    patch: {
      summary: "Write the cover note (the entity's coordinator, while a draft and the round is open)",
      description: 'With `expectedUpdatedAt` (the package\'s `updatedAt` last seen), an edit on a note changed since is refused (edited_meanwhile) and changes nothing.',
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(UpdateContributionRequest) },
      responses: {
        200: packageAnswer('The package'),
        400: error('Invalid body'),
        401: unauthenticated,
        403: error("Not the entity's coordinator"),
        404: packageNotFound,
        409: error('Submitted (not_a_draft), the round is closed (round_closed), or the note changed since expectedUpdatedAt (edited_meanwhile)'),
      },
    },
  },
  '/api/contributions/{id}/items': {
    post: {
      summary: "Add an item (the entity's drafters): a remark on a round's document or section, or one of the entity's draft amendments",
      description:
        'An amendment added here is submitted with the package, no longer on its own. An amendment is an item of at most one live package ' +
        '(a draft one in an open round, or the submitted one it went out in); one left in an unsubmitted package of a closed round may join another.',
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(CreateItemRequest) },
      responses: {
        201: packageAnswer('The package with the new item'),
        400: error('Invalid body; document_not_in_round, unknown_section, unknown_unit, not_own_amendment'),
        401: unauthenticated,
        403: error("Not one of the entity's drafters"),
        404: error('No such package (or not visible), or no such amendment (or another entity\'s draft)'),
        409: error('Submitted (not_a_draft), round closed (round_closed), amendment_not_draft, already_in_contribution (a live package holds it)'),
      },
    },
  },
  '/api/contributions/{id}/submit': {
    post: {
      summary: "Submit the package (the entity's coordinator) by its deadline: kept amendments are submitted with it, numbered and frozen",
      description: "Everything is checked first; a refusal changes nothing. The leads of the round's documents are notified.",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: packageAnswer('The submitted package'),
        400: error('No kept item (empty), or a kept amendment changes nothing (amendment_empty)'),
        401: unauthenticated,
        403: error("Not the entity's coordinator"),
        404: packageNotFound,
        409: error(
          'deadline_passed (the message names the deadline in Brussels time; the lead may extend it), not_a_draft, round_closed, amendment_not_draft',
        ),
      },
    },
  },
  '/api/contributions/{id}/report.docx': {
    get: {
      summary: '"Verwerking van de insteken" for one package: its kept items with their processing (whoever may see the package)',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: attachment('The report as a Word document'), 401: unauthenticated, 404: packageNotFound },
    },
  },
  '/api/contribution-items/{id}': {
    patch: {
      summary: "Edit an item (its author or the coordinator: a remark's text, section, unit) or drop/keep it (the coordinator)",
      description: "With `expectedUpdatedAt` (the item's `updatedAt` last seen), an edit on an item changed since is refused (edited_meanwhile) and changes nothing.",
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(UpdateItemRequest) },
      responses: {
        200: packageAnswer('The package'),
        400: error("Invalid body; unknown_section, unknown_unit; amendment_item (an amendment item's text and section are its amendment's)"),
        401: unauthenticated,
        403: error("Not the item's author or the coordinator; only the coordinator drops or keeps"),
        404: itemNotFound,
        409: error('Submitted (not_a_draft), the round is closed (round_closed), or the item changed since expectedUpdatedAt (edited_meanwhile)'),
      },
    },
    delete: {
      summary: "Remove an item from a draft package (its author or the coordinator, while the round is open)",
      description: "An amendment item's amendment stays a draft of the entity.",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: packageAnswer('The package without the item'),
        401: unauthenticated,
        403: error("Not the item's author or the coordinator"),
        404: itemNotFound,
        409: error('Submitted (not_a_draft) or the round is closed (round_closed)'),
      },
    },
  },
  '/api/contribution-items/{id}/processing': {
    post: {
      summary: "Process a submitted remark (the lead of its document): processed, partly_processed or not_processed; a reason unless processed",
      description: 'A later call revises it. An amendment item is processed by deciding its amendment (POST /api/amendments/{id}/decision).',
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(ProcessItemRequest) },
      responses: {
        200: packageAnswer('The package'),
        400: error('Invalid body; reason_required; amendment_item'),
        401: unauthenticated,
        403: error("Not a lead of the round, or not the lead of the remark's document"),
        404: itemNotFound,
        409: error('The package is not submitted (not_submitted) or the item was dropped (item_dropped)'),
      },
    },
  },
};
