/** The amendments API as typed functions, answers checked against the shared schemas. */
import {
  AmendmentDetail,
  AmendmentList,
  type AmendmentListQuery,
  type CreateAmendmentRequest,
  type DecideAmendmentRequest,
  type UpdateAmendmentRequest,
} from '../../shared/api/amendments.js';
import { request } from '../api.js';

const amendmentUrl = (id: string) => `/api/amendments/${encodeURIComponent(id)}`;

/** The query string of the list's filters (empty ones left out). */
export function listQuery(filters: AmendmentListQuery): string {
  const query = new URLSearchParams();
  if (filters.section) query.set('section', filters.section);
  if (filters.entity) query.set('entity', filters.entity);
  if (filters.status) query.set('status', filters.status);
  const search = query.toString();
  return search === '' ? '' : `?${search}`;
}

/** The amendments of a document the user may see, filtered. */
export async function fetchAmendments(documentId: string, filters: AmendmentListQuery = {}): Promise<AmendmentList> {
  return request('GET', `/api/documents/${encodeURIComponent(documentId)}/amendments${listQuery(filters)}`, AmendmentList);
}

/** One amendment with its base snapshot; 404 for one the user may not see. */
export async function fetchAmendment(id: string): Promise<AmendmentDetail> {
  return request('GET', amendmentUrl(id), AmendmentDetail);
}

/** Starts an amendment. */
export async function createAmendment(body: CreateAmendmentRequest): Promise<AmendmentDetail> {
  return request('POST', '/api/amendments', AmendmentDetail, body);
}

/** Changes a draft's title or justification. */
export async function updateAmendment(id: string, body: UpdateAmendmentRequest): Promise<AmendmentDetail> {
  return request('PATCH', amendmentUrl(id), AmendmentDetail, body);
}

/** Submits a draft (the entity's coordinator). */
export async function submitAmendment(id: string): Promise<AmendmentDetail> {
  return request('POST', `${amendmentUrl(id)}/submit`, AmendmentDetail, {});
}

/** Withdraws an amendment before its decision. */
export async function withdrawAmendment(id: string): Promise<AmendmentDetail> {
  return request('POST', `${amendmentUrl(id)}/withdraw`, AmendmentDetail, {});
}

/** Records the lead's decision. */
export async function decideAmendment(id: string, body: DecideAmendmentRequest): Promise<AmendmentDetail> {
  return request('POST', `${amendmentUrl(id)}/decision`, AmendmentDetail, body);
}

/** Where one amendment's DOCX export will be served. */
export function amendmentDocxUrl(id: string): string {
  return `${amendmentUrl(id)}/export.docx`;
}

/** Where a document's amendment table will be served as DOCX, with the same filters as the list. */
export function documentAmendmentsDocxUrl(documentId: string, filters: AmendmentListQuery = {}): string {
  return `/api/documents/${encodeURIComponent(documentId)}/amendments/export.docx${listQuery(filters)}`;
}
