/**
 * `/documents/:id/compare?from=&to=`: two texts of a document compared, each side a version or the
 * current text, with the insertions and deletions marked and coloured by entity. A side naming
 * the current text is refreshed while the page is open, as the text moves on.
 */
import { fetchDossier } from '../api.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { editorPath, navigate } from '../router.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { CompareForm } from '../versions/CompareForm.js';
import { ComparisonView } from '../versions/ComparisonView.js';
import { compareVersions, fetchVersions } from '../versions/versionApi.js';
import { versionErrorMessage } from '../versions/versionErrors.js';
import { versionComparePath } from '../versions/versionPaths.js';
import { sidesFromQuery } from '../versions/versionText.js';
import { useDocumentSummary } from '../useDocumentSummary.js';
import { useLoaded } from '../versions/useLoaded.js';

/** Props of VersionComparePage. */
export interface VersionComparePageProps {
  documentId: string;
  query: URLSearchParams;
}

/** The page. */
export function VersionComparePage({ documentId, query }: VersionComparePageProps) {
  const t = useT();
  const sides = sidesFromQuery(query);
  const same = sides.from === sides.to;
  const document = useDocumentSummary(documentId);
  const versions = useLoaded(`versions:${documentId}`, () => fetchVersions(documentId));
  const dossier = useLoaded('dossier', fetchDossier);
  const comparison = useLiveQuery(`compare:${documentId}|${sides.from}|${sides.to}`, async () =>
    same ? null : compareVersions(documentId, sides.from, sides.to),
  );
  useDocumentTitle(`${t('versions.comparison')} — ${document?.short ?? documentId}`);

  return (
    <main class="page compare-page">
      <p class="columns-back">
        <Link href={editorPath(documentId)}>{t('versions.backToDocument')}</Link>
      </p>
      <p class="document-short">{document?.short ?? documentId}</p>
      <h1>{t('versions.comparison')}</h1>
      {versions.data !== null && (
        <CompareForm
          idPrefix="page-compare"
          versions={versions.data.versions}
          initial={sides}
          onCompare={({ from, to }) => navigate(versionComparePath(documentId, from, to))}
        />
      )}
      {same && <p class="panel-empty">{t('versions.sameSides')}</p>}
      {comparison.error !== null && (
        <p class="form-error" role="alert" data-testid="comparison-error">
          {versionErrorMessage(comparison.error, t)}
        </p>
      )}
      {comparison.data === null
        ? !same && comparison.error === null && <p class="loading">{t('app.loading')}</p>
        : (
          <ComparisonView comparison={comparison.data} sections={document?.sections ?? []} entities={dossier.data?.entities ?? []} />
        )}
    </main>
  );
}
