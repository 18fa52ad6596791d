/** The dossier (its documents with their outlines, entities, bodies and timeline), which pages name things by. */
import { useEffect, useState } from 'preact/hooks';
import type { DossierResponse } from '../shared/api/schemas.js';
import { fetchDossier } from './api.js';
import { handleUnauthenticated } from './auth.js';

/** The dossier once loaded, or why it could not be. */
export interface DossierState {
  /** Null until it is known (a page without it shows ids instead of names). */
  dossier: DossierResponse | null;
  /** The failure, when loading it failed for another reason than an ended session (which signs out). */
  error: Error | null;
}

/** Loads the dossier once for the page. */
export function useDossier(): DossierState {
  const [state, setState] = useState<DossierState>({ dossier: null, error: null });
  useEffect(() => {
    let current = true;
    fetchDossier()
      .then((dossier) => current && setState({ dossier, error: null }))
      .catch((error: unknown) => {
        if (!current) return;
        try {
          handleUnauthenticated(error);
        } catch {
          setState({ dossier: null, error: error instanceof Error ? error : new Error(String(error)) });
        }
      });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
