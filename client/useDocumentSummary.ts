/** The document as the user's document list has it (its name and sections), for pages about one of its parts. */
import { useEffect, useState } from 'preact/hooks';
import type { DocumentSummary } from '../shared/api/schemas.js';
import { fetchDocuments } from './api.js';

/** The document, or null until it is known (or when the list lacks it). */
export function useDocumentSummary(documentId: string | null): DocumentSummary | null {
  const [document, setDocument] = useState<DocumentSummary | null>(null);
  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    fetchDocuments()
      .then(({ documents }) => current && setDocument(documents.find((candidate) => candidate.id === documentId) ?? null))
      // Without it the page lacks the document's name and section titles, nothing more.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [documentId]);
  return document;
}
