/** The advice rounds API as typed functions, answers checked against the shared schemas. */
import {
  Advice,
  AdviceRoundList,
  AdviceRoundSummary,
  DocumentAdvicePoints,
  type AnswerAdvicePointRequest,
  type CreateAdvicePointRequest,
  type OpenAdviceRoundRequest,
  type UpdateAdvicePointRequest,
  type UpdateAdviceRequest,
} from '../../shared/api/advice.js';
import { ApiError, request, send } from '../api.js';

const roundUrl = (id: string) => `/api/advice-rounds/${encodeURIComponent(id)}`;
const adviceUrl = (id: string) => `/api/advice/${encodeURIComponent(id)}`;
const pointUrl = (id: string) => `/api/advice-points/${encodeURIComponent(id)}`;

/** The rounds the user may see (of one document, or all), newest first. */
export async function fetchAdviceRounds(documentId?: string): Promise<AdviceRoundList> {
  const query = documentId === undefined ? '' : `?${new URLSearchParams({ documentId }).toString()}`;
  return request('GET', `/api/advice-rounds${query}`, AdviceRoundList);
}

/** One round; 404 for one the user may not see. */
export async function fetchAdviceRound(id: string): Promise<AdviceRoundSummary> {
  return request('GET', roundUrl(id), AdviceRoundSummary);
}

/** Opens a round (the document's lead), on an existing version or one taken now. */
export async function openAdviceRound(body: OpenAdviceRoundRequest): Promise<AdviceRoundSummary> {
  return request('POST', '/api/advice-rounds', AdviceRoundSummary, body);
}

/** Closes an open round (the lead). */
export async function closeAdviceRound(id: string): Promise<AdviceRoundSummary> {
  return request('POST', `${roundUrl(id)}/close`, AdviceRoundSummary, {});
}

/** Where the round's report ("Verwerking van het advies") is served as DOCX. */
export function adviceReportUrl(roundId: string): string {
  return `${roundUrl(roundId)}/report.docx`;
}

/** The body's advice with its points; 404 for a draft of another body. */
export async function fetchAdvice(id: string): Promise<Advice> {
  return request('GET', adviceUrl(id), Advice);
}

/** Saves the general text of a draft advice, unless the advice changed after `expectedUpdatedAt` (409 edited_meanwhile). */
export async function updateAdvice(id: string, generalText: string, expectedUpdatedAt?: number): Promise<Advice> {
  const body: UpdateAdviceRequest = expectedUpdatedAt === undefined ? { generalText } : { generalText, expectedUpdatedAt };
  return request('PATCH', adviceUrl(id), Advice, body);
}

/** Adds a point, on a passage of the frozen version or general; answers the whole advice. */
export async function addAdvicePoint(adviceId: string, body: CreateAdvicePointRequest): Promise<Advice> {
  return request('POST', `${adviceUrl(adviceId)}/points`, Advice, body);
}

/** Changes a point's text while the advice is a draft, unless a colleague changed it after `expectedUpdatedAt` (409 edited_meanwhile); answers the whole advice. */
export async function updateAdvicePoint(id: string, body: string, expectedUpdatedAt?: number): Promise<Advice> {
  const change: UpdateAdvicePointRequest = expectedUpdatedAt === undefined ? { body } : { body, expectedUpdatedAt };
  return request('PATCH', pointUrl(id), Advice, change);
}

/** Deletes a point while the advice is a draft; answers the whole advice, its points renumbered. */
export async function deleteAdvicePoint(id: string): Promise<Advice> {
  return request('DELETE', pointUrl(id), Advice);
}

/** Submits the advice as a whole. */
export async function submitAdvice(id: string): Promise<Advice> {
  return request('POST', `${adviceUrl(id)}/submit`, Advice, {});
}

/** Records (or revises) the lead's answer to a point; answers the whole advice. */
export async function answerAdvicePoint(id: string, body: AnswerAdvicePointRequest): Promise<Advice> {
  return request('POST', `${pointUrl(id)}/answer`, Advice, body);
}

/** The submitted points on a document's rounds, with where their passage is in the text now. */
export async function fetchDocumentAdvicePoints(documentId: string): Promise<DocumentAdvicePoints> {
  return request('GET', `/api/documents/${encodeURIComponent(documentId)}/advice-points`, DocumentAdvicePoints);
}

/** A version's whole Yjs state as one update (the text as it stood when the version was taken). */
export async function fetchVersionState(versionId: string): Promise<Uint8Array> {
  const response = await send('GET', `/api/versions/${encodeURIComponent(versionId)}/state`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(response.status, 'invalid_response', 'the version state is empty');
  return bytes;
}
