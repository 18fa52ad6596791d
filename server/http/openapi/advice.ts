/** OpenAPI paths of advice rounds: open, list, read, close, the body's advice and its points, answers, the report. */
import {
  Advice,
  AdviceRoundList,
  AdviceRoundSummary,
  AnswerAdvicePointRequest,
  CreateAdvicePointRequest,
  DocumentAdvicePoints,
  OpenAdviceRoundRequest,
  UpdateAdvicePointRequest,
  UpdateAdviceRequest,
} from '../../../shared/api/advice.js';
import { docx, error, json, pathParam, signedIn, type PathItems } from './helpers.js';

const hiddenRound = error('No such round, or one the user may not see (not_found): the two are not told apart');
const hiddenAdvice = error("No such advice, or a body's draft seen from outside the body (not_found): the two are not told apart");
const hiddenPoint = error("No such point, or a point of a body's draft seen from outside the body (not_found): the two are not told apart");
const draftConflict = error('The advice is submitted (not_a_draft) or the round is closed (round_closed)');
const editConflict = error(
  'The advice is submitted (not_a_draft), the round is closed (round_closed), or a colleague saved the text after the ' +
    '`expectedUpdatedAt` sent (edited_meanwhile: nothing changed; read the current text and send again with its `updatedAt`)',
);

/** A change to the body's draft advice, answered with the whole advice. */
const draftChange = (summary: string, request: Record<string, unknown> | null, notFound: Record<string, unknown>, status = 200, conflicts = draftConflict) => ({
  summary,
  ...signedIn,
  parameters: [pathParam('id')],
  ...(request ? { requestBody: { required: true, ...request } } : {}),
  responses: {
    [status]: { description: 'The advice after the change, points renumbered', ...json(Advice) },
    400: error('Invalid body (validation_failed, invalid_json) or a rule broken (see the description)'),
    401: error('Not signed in'),
    403: error("Only the advisory body's advisers draft its advice (forbidden)"),
    404: notFound,
    409: conflicts,
  },
});

/** The advice round paths. */
export const advicePaths: PathItems = {
  '/api/advice-rounds': {
    get: {
      summary: 'The advice rounds the user may see, newest first',
      description: "A round is seen by its document's lead and the body's advisers, and by everyone once the advice is submitted.",
      ...signedIn,
      parameters: [{ name: 'documentId', in: 'query', required: false, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The rounds', ...json(AdviceRoundList) },
        400: error('Unknown query parameter (validation_failed)'),
        401: error('Not signed in'),
        404: error('No such document'),
      },
    },
    post: {
      summary: "Open an advice round (the document's lead): a question to an advisory body on a frozen version, by a deadline",
      description:
        'Give `versionId` (a version of the document) or `versionName` (a version is taken now). The body is a top-level entity other ' +
        "than the lead's; the deadline is a Brussels date and time. The body's draft advice is created and its advisers are notified.",
      ...signedIn,
      requestBody: { required: true, ...json(OpenAdviceRoundRequest) },
      responses: {
        201: { description: 'The new round', ...json(AdviceRoundSummary) },
        400: error(
          'Invalid body (validation_failed) or a rule broken: body_unknown, body_not_top_level, body_is_lead, ' +
            'body_without_advisers (the body has no adviser who could answer), version_unknown, deadline_invalid, ' +
            'deadline_nonexistent (a time skipped when the clocks go forward), deadline_in_past, deadline_too_far (more than 5 years ' +
            'ahead), consultation_after_deadline (the consultation date is after the deadline\'s day)',
        ),
        401: error('Not signed in'),
        403: error("Only the document's lead opens advice rounds (forbidden)"),
        404: error('No such document'),
      },
    },
  },
  '/api/advice-rounds/{id}': {
    get: {
      summary: 'One round; `adviceId` is set only when the user may open the advice',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The round', ...json(AdviceRoundSummary) }, 401: error('Not signed in'), 404: hiddenRound },
    },
  },
  '/api/advice-rounds/{id}/close': {
    post: {
      summary: "Close an open round (the document's lead): a draft advice can no longer be changed or submitted",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: { description: 'The closed round', ...json(AdviceRoundSummary) },
        401: error('Not signed in'),
        403: error("Only the document's lead closes a round (forbidden)"),
        404: hiddenRound,
        409: error('Already closed (round_closed)'),
      },
    },
  },
  '/api/advice-rounds/{id}/report.docx': {
    get: {
      summary: '"Verwerking van het advies van het College van Procureurs-Generaal" as a Word document',
      description:
        'The round, the general text, then per point: number, section, the passage quoted from the frozen version, the advice, the ' +
        "lead's answer (gevolgd / deels gevolgd / niet gevolgd) with its explanation and linked amendments and versions, and the " +
        'passage as the current text reads (or "passage verwijderd"). Only once the advice is submitted.',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: {
        200: docx('The report'),
        401: error('Not signed in'),
        404: hiddenRound,
        409: error("The round's lead and the body's advisers: the advice is not submitted yet (not_submitted)"),
      },
    },
  },
  '/api/advice/{id}': {
    get: {
      summary: "The body's advice: its general text and its points, numbered, each with where its passage is in the current text",
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The advice', ...json(Advice) }, 401: error('Not signed in'), 404: hiddenAdvice },
    },
    patch: {
      ...draftChange('Change the general text of the draft advice', json(UpdateAdviceRequest), hiddenAdvice, 200, editConflict),
      description:
        "Send the advice's `updatedAt` as last seen in `expectedUpdatedAt`: if the advice changed since (its text or its points), " +
        'nothing changes and the answer is 409 edited_meanwhile. Without it the last write wins.',
    },
  },
  '/api/advice/{id}/points': {
    post: {
      ...draftChange('Add a point: anchored to a passage of the frozen version, or general (`anchor: null`)', json(CreateAdvicePointRequest), hiddenAdvice, 201),
      description:
        "Anchors are Yjs relative positions made against the version's state (`/api/versions/{id}/state`) with y-prosemirror, as for " +
        'comments. Refused with 400: anchor_unknown (an end names nothing in the version), anchor_reversed, passage_empty; a ' +
        '`sectionId` that is not a section of the document (validation_failed). An anchored point is in the section its passage ' +
        'starts in: send `sectionId: null` (or that section); another is refused with 400 section_mismatch. 409 too_many_points ' +
        'past 500; 409 version_missing if the round\'s version is gone.',
    },
  },
  '/api/advice/{id}/submit': {
    post: {
      ...draftChange('Submit the advice as a whole (one of the advisers); after the deadline it is taken and marked late', null, hiddenAdvice),
      description: 'Refused with 400 advice_empty without a point or a general text. The document\'s leads are notified.',
    },
  },
  '/api/advice-points/{id}': {
    patch: {
      ...draftChange("Change a point's text (any of the body's advisers, while a draft)", json(UpdateAdvicePointRequest), hiddenPoint, 200, editConflict),
      description:
        "Send the point's `updatedAt` as last seen in `expectedUpdatedAt`: if a colleague changed its text since, nothing changes " +
        'and the answer is 409 edited_meanwhile. Without it the last write wins.',
    },
    delete: draftChange("Delete a point (any of the body's advisers, while a draft); the others are renumbered", null, hiddenPoint),
  },
  '/api/advice-points/{id}/answer': {
    post: {
      summary: "Answer a point of submitted advice (the document's lead): followed, partly followed or not followed",
      description:
        'An explanation is required unless followed (explanation_required). Links name amendments of the document the lead may see ' +
        'and versions of the document (link_unknown otherwise). A new answer replaces the earlier one; both stay in the audit log.',
      ...signedIn,
      parameters: [pathParam('id')],
      requestBody: { required: true, ...json(AnswerAdvicePointRequest) },
      responses: {
        200: { description: 'The advice with the answered point', ...json(Advice) },
        400: error('Invalid body (validation_failed) or a rule broken (explanation_required, link_unknown)'),
        401: error('Not signed in'),
        403: error("Only the document's lead answers advice (forbidden)"),
        404: hiddenPoint,
        409: error('The advice is a draft (not_submitted)'),
      },
    },
  },
  '/api/documents/{id}/advice-points': {
    get: {
      summary: "Every point of submitted advice on the document's rounds, for the current text",
      description: '`passageNow` says whether the passage a point was anchored to in its frozen version is unchanged, changed or deleted now.',
      ...signedIn,
      parameters: [pathParam('id')],
      responses: { 200: { description: 'The points', ...json(DocumentAdvicePoints) }, 401: error('Not signed in'), 404: error('No such document') },
    },
  },
};
