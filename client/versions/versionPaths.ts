/** The app paths of the versions pages (the router matches them; see router.ts). */
import { editorPath } from '../router.js';
import type { CompareSide } from './versionApi.js';

/** A version, read-only. */
export function versionPath(versionId: string): string {
  return `/versions/${encodeURIComponent(versionId)}`;
}

/** The comparison of two sides of a document: version ids or `current`. */
export function versionComparePath(documentId: string, from: CompareSide, to: CompareSide): string {
  return `${editorPath(documentId)}/compare?${new URLSearchParams({ from, to }).toString()}`;
}
