/**
 * `/versions/:id`: a version of a main text, read-only, with its name, who took it and when, its
 * DOCX export and a comparison with the text now. A version the user may not read answers 404
 * like a missing one, and the page says only that it does not exist for this user.
 */
import { ApiError } from '../api.js';
import { formatMoment } from '../amendments/amendmentText.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { editorPath } from '../router.js';
import { ReadOnlyText } from '../versions/ReadOnlyText.js';
import { fetchVersionContent, NOW, versionDocxUrl } from '../versions/versionApi.js';
import { versionErrorMessage } from '../versions/versionErrors.js';
import { versionComparePath } from '../versions/versionPaths.js';
import { useDocumentSummary } from '../useDocumentSummary.js';
import { useLoaded } from '../versions/useLoaded.js';

/** Props of VersionPage. */
export interface VersionPageProps {
  versionId: string;
}

/** The page. */
export function VersionPage({ versionId }: VersionPageProps) {
  const t = useT();
  // A version never changes: loaded once, not polled.
  const loaded = useLoaded(`version:${versionId}`, () => fetchVersionContent(versionId));
  const version = loaded.data?.version ?? null;
  const document = useDocumentSummary(version?.documentId ?? null);
  useDocumentTitle(version === null ? null : `${version.name} — ${document?.short ?? version.documentId}`);

  if (loaded.data === null || version === null) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <main class="page">
        {loaded.error === null ? (
          <p class="loading">{t('app.loading')}</p>
        ) : (
          <p role="alert" data-testid="version-missing">
            {missing ? t('versions.notFound') : versionErrorMessage(loaded.error, t)}
          </p>
        )}
        <Link href="/">{t('app.backToDossier')}</Link>
      </main>
    );
  }

  return (
    <main class="page version-page" data-version-id={version.id}>
      <p class="columns-back">
        <Link href={editorPath(version.documentId)}>{t('versions.backToDocument')}</Link>
      </p>
      <div class="version-head">
        <div>
          <p class="document-short">{document?.short ?? version.documentId}</p>
          <h1 data-testid="version-name">{version.name}</h1>
          <p class="version-meta">
            <span class={`swatch ${entityClass(version.createdByEntityId)}`} aria-hidden="true" />
            {t('versions.takenBy', { name: version.createdByName, date: formatMoment(version.createdAt) })}
          </p>
        </div>
        <p class="version-actions">
          <Link href={versionComparePath(version.documentId, version.id, NOW)} class="button-secondary">
            {t('versions.compareWithNow')}
          </Link>
          <a class="button-secondary" href={versionDocxUrl(version.id)} download data-testid="version-docx">
            {t('versions.docx')}
          </a>
        </p>
      </div>
      <p class="banner version-banner">{t('versions.readOnly')}</p>
      <ReadOnlyText content={loaded.data.content} label={t('versions.textLabel', { name: version.name })} />
    </main>
  );
}
