/** The "who wrote what" and statistics API as typed functions, answers checked against the shared schemas. */
import { DocumentAuthorship, DocumentStatistics } from '../../shared/api/attribution.js';
import { request } from '../api.js';

const documentUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

/** Who wrote each run of the document's visible text. */
export async function fetchAuthorship(documentId: string): Promise<DocumentAuthorship> {
  return request('GET', `${documentUrl(documentId)}/authorship`, DocumentAuthorship);
}

/** Characters and amendments per entity and section. */
export async function fetchStatistics(documentId: string): Promise<DocumentStatistics> {
  return request('GET', `${documentUrl(documentId)}/statistics`, DocumentStatistics);
}
