/** The contribution rounds API as typed functions, answers checked against the shared schemas. */
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import {
  Contribution,
  RoundList,
  RoundSummary,
  type CreateItemRequest,
  type ExtendDeadlineRequest,
  type OpenRoundRequest,
  type ProcessItemRequest,
  type UpdateContributionRequest,
  type UpdateItemRequest,
} from '../../shared/api/contributions.js';
import { fetchAmendments } from '../amendments/amendmentApi.js';
import { request } from '../api.js';

const roundUrl = (id: string) => `/api/contribution-rounds/${encodeURIComponent(id)}`;
const contributionUrl = (id: string) => `/api/contributions/${encodeURIComponent(id)}`;
const itemUrl = (id: string) => `/api/contribution-items/${encodeURIComponent(id)}`;

/** The rounds the user runs or is invited to, newest first. */
export async function fetchRounds(): Promise<RoundList> {
  return request('GET', '/api/contribution-rounds', RoundList);
}

/** One round; 404 for one the user may not see. */
export async function fetchRound(id: string): Promise<RoundSummary> {
  return request('GET', roundUrl(id), RoundSummary);
}

/** Opens a round (the lead). */
export async function openRound(body: OpenRoundRequest): Promise<RoundSummary> {
  return request('POST', '/api/contribution-rounds', RoundSummary, body);
}

/** Gives one invited entity a later deadline (the lead). */
export async function extendDeadline(id: string, body: ExtendDeadlineRequest): Promise<RoundSummary> {
  return request('POST', `${roundUrl(id)}/extensions`, RoundSummary, body);
}

/** Closes a round (the lead). */
export async function closeRound(id: string): Promise<RoundSummary> {
  return request('POST', `${roundUrl(id)}/close`, RoundSummary, {});
}

/** One entity's package; 404 for one the user may not see (another entity's draft). */
export async function fetchContribution(id: string): Promise<Contribution> {
  return request('GET', contributionUrl(id), Contribution);
}

/** Saves the cover note (the coordinator). */
export async function updateContribution(id: string, body: UpdateContributionRequest): Promise<Contribution> {
  return request('PATCH', contributionUrl(id), Contribution, body);
}

/** Adds a remark or a draft amendment to the package; the package as it is now. */
export async function addItem(contributionId: string, body: CreateItemRequest): Promise<Contribution> {
  return request('POST', `${contributionUrl(contributionId)}/items`, Contribution, body);
}

/** Edits an item, or drops or keeps it; the package as it is now. */
export async function updateItem(id: string, body: UpdateItemRequest): Promise<Contribution> {
  return request('PATCH', itemUrl(id), Contribution, body);
}

/** Takes an item out of a draft package (its author or the coordinator); the package as it is now. */
export async function removeItem(id: string): Promise<Contribution> {
  return request('DELETE', itemUrl(id), Contribution);
}

/** Submits the package (the coordinator); refused once the entity's deadline has passed. */
export async function submitContribution(id: string): Promise<Contribution> {
  return request('POST', `${contributionUrl(id)}/submit`, Contribution, {});
}

/** Records how the lead processed a remark. */
export async function processItem(id: string, body: ProcessItemRequest): Promise<Contribution> {
  return request('POST', `${itemUrl(id)}/processing`, Contribution, body);
}

/** Where one package's "Verwerking van de insteken" report is served. */
export function contributionReportUrl(id: string): string {
  return `${contributionUrl(id)}/report.docx`;
}

/** Where the whole round's report is served. */
export function roundReportUrl(id: string): string {
  return `${roundUrl(id)}/report.docx`;
}

/** The entity's own draft amendments on the round's documents, in the documents' order. */
export async function fetchDraftAmendments(documentIds: readonly string[]): Promise<AmendmentSummary[]> {
  const lists = await Promise.all(documentIds.map((documentId) => fetchAmendments(documentId, { status: 'draft' })));
  return lists.flatMap((list) => list.amendments);
}
