/** The versions API as typed functions, answers checked against the shared schemas. */
import {
  CURRENT_TEXT,
  VersionComparison,
  VersionContent,
  VersionList,
  VersionSummary,
} from '../../shared/api/versions.js';
import { request } from '../api.js';

const documentUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const versionUrl = (versionId: string) => `/api/versions/${encodeURIComponent(versionId)}`;

/** One side of a comparison: a version's id, or the current text. */
export type CompareSide = string;

/** The side that stands for the text as it is now. */
export const NOW: CompareSide = CURRENT_TEXT;

/** The versions of a document, newest first. */
export async function fetchVersions(documentId: string): Promise<VersionList> {
  return request('GET', `${documentUrl(documentId)}/versions`, VersionList);
}

/** Takes a named version of the document's main text as it is now (the document's lead). */
export async function takeVersion(documentId: string, name: string): Promise<VersionSummary> {
  return request('POST', `${documentUrl(documentId)}/versions`, VersionSummary, { name });
}

/** A version's text (ProseMirror JSON) with its name, who and when. */
export async function fetchVersionContent(versionId: string): Promise<VersionContent> {
  return request('GET', `${versionUrl(versionId)}/content`, VersionContent);
}

/** The differences from one side to the other, coloured by entity. */
export async function compareVersions(documentId: string, from: CompareSide, to: CompareSide): Promise<VersionComparison> {
  const query = new URLSearchParams({ from, to });
  return request('GET', `${documentUrl(documentId)}/compare?${query.toString()}`, VersionComparison);
}

/** Where a version's DOCX export is served. */
export function versionDocxUrl(versionId: string): string {
  return `${versionUrl(versionId)}/export.docx`;
}

/** Where the current main text's DOCX export is served. */
export function currentTextDocxUrl(documentId: string): string {
  return `${documentUrl(documentId)}/export.docx`;
}
