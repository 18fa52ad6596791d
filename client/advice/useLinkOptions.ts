/** The amendments and versions of a document that the lead's answers may link to, loaded when the lead may answer. */
import { useEffect, useState } from 'preact/hooks';
import type { AdvicePointLink } from '../../shared/api/advice.js';
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import { fetchAmendments } from '../amendments/amendmentApi.js';
import { useT } from '../i18n.js';
import { fetchVersions } from '../versions/versionApi.js';
import { linkOptions } from './answerLinks.js';

/** The choices (empty until loaded, or when `enabled` is false). */
export function useLinkOptions(documentId: string, enabled: boolean): readonly AdvicePointLink[] {
  const t = useT();
  const [loaded, setLoaded] = useState<{ amendments: AmendmentSummary[]; versions: VersionSummary[] } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    Promise.all([fetchAmendments(documentId), fetchVersions(documentId)])
      .then(([amendments, versions]) => current && setLoaded({ amendments: amendments.amendments, versions: versions.versions }))
      // Without them an answer links nothing; the answer itself still goes through.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [documentId, enabled]);
  return loaded === null ? [] : linkOptions(loaded.amendments, loaded.versions, t);
}
