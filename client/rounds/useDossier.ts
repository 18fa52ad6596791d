/** The dossier's documents (with their outlines) and entities, which the round pages name things by. */
import { useEffect, useState } from 'preact/hooks';
import type { DossierResponse } from '../../shared/api/schemas.js';
import { fetchDossier } from '../api.js';

/** The dossier, or null until it is known (a page without it shows ids instead of names). */
export function useDossier(): DossierResponse | null {
  const [dossier, setDossier] = useState<DossierResponse | null>(null);
  useEffect(() => {
    let current = true;
    fetchDossier()
      .then((answer) => current && setDossier(answer))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return dossier;
}
