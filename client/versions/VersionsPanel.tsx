/**
 * "Versies" beside a document's main text: for its lead, "Versie nemen"; the versions taken, newest
 * first, with who and when, each opened read-only, compared with now or exported to DOCX; a form
 * to compare any two (or one with now); and the current text as DOCX.
 */
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import { canTakeVersion } from '../../shared/domain/versionRules.js';
import { canOpenAdviceRound } from '../../shared/domain/adviceRules.js';
import { formatMoment } from '../amendments/amendmentText.js';
import { Link } from '../components/Link.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { adviceRoundsPath, navigate } from '../router.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { CompareForm } from './CompareForm.js';
import { TakeVersionForm } from './TakeVersionForm.js';
import { currentTextDocxUrl, fetchVersions, NOW, versionDocxUrl } from './versionApi.js';
import { versionErrorMessage } from './versionErrors.js';
import { versionComparePath, versionPath } from './versionPaths.js';
import { defaultSides } from './versionText.js';

/** Props of VersionsPanel. */
export interface VersionsPanelProps {
  user: Me;
  document: DocumentSummary;
}

/** The panel. */
export function VersionsPanel({ user, document }: VersionsPanelProps) {
  const t = useT();
  const list = useLiveQuery(`versions:${document.id}`, () => fetchVersions(document.id));
  const versions = list.data?.versions ?? null;
  const mayTake = canTakeVersion({ userId: user.id, entityId: user.entityId, role: user.role }, document);
  const mayAskAdvice = canOpenAdviceRound({ userId: user.id, entityId: user.entityId, role: user.role }, document);

  return (
    <section class="versions-panel" aria-labelledby="versions-title" data-testid="versions-panel">
      <h2 id="versions-title" class="visually-hidden">
        {t('versions.title')}
      </h2>
      {mayTake && <TakeVersionForm documentId={document.id} onTaken={() => void list.refresh()} />}
      <p class="panel-links">
        <a href={currentTextDocxUrl(document.id)} download data-testid="current-docx">
          {t('versions.currentDocx')}
        </a>
      </p>
      {list.error !== null && (
        <p class="form-error" role="alert">
          {versionErrorMessage(list.error, t)}
        </p>
      )}
      <h3 class="panel-subtitle">{t('versions.list')}</h3>
      {versions === null ? (
        list.error === null && <p class="loading">{t('app.loading')}</p>
      ) : versions.length === 0 ? (
        <p class="panel-empty">{t('versions.none')}</p>
      ) : (
        <>
          <ol class="version-list" data-testid="version-list">
            {versions.map((version) => (
              <li key={version.id} class={`version-item ${entityClass(version.createdByEntityId)}`} data-version-id={version.id}>
                <Link href={versionPath(version.id)} class="version-name">
                  {version.name}
                </Link>
                <p class="version-meta">
                  <span class={`swatch ${entityClass(version.createdByEntityId)}`} aria-hidden="true" />
                  {t('versions.byOn', { name: version.createdByName, date: formatMoment(version.createdAt) })}
                </p>
                <p class="version-links">
                  <Link href={versionComparePath(document.id, version.id, NOW)}>{t('versions.compareWithNow')}</Link>
                  <a href={versionDocxUrl(version.id)} download>
                    DOCX
                  </a>
                  {/* Advice rounds: the lead asks advice on this version */}
                  {mayAskAdvice && <Link href={adviceRoundsPath({ documentId: document.id, versionId: version.id })}>{t('advice.askAdvice')}</Link>}
                </p>
              </li>
            ))}
          </ol>
          <h3 class="panel-subtitle">{t('versions.compareTitle')}</h3>
          <CompareForm
            idPrefix="panel-compare"
            versions={versions}
            initial={defaultSides(versions)}
            onCompare={({ from, to }) => navigate(versionComparePath(document.id, from, to))}
          />
        </>
      )}
    </section>
  );
}
