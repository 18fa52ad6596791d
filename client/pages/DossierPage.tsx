/** The dossier: its two documents (with what the user may do), the entities and the timeline. */
import type { BodySummary, DocumentSummary, DossierResponse, EntitySummary } from '../../shared/api/schemas.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { AdminLink } from '../admin/AdminLink.js';
import { AdviceRoundsBlock } from '../advice/AdviceRoundsBlock.js';
import { Link } from '../components/Link.js';
import { entityClass } from '../editor/cursors.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { editorPath } from '../router.js';
import { RoundsOverview } from '../rounds/RoundsOverview.js';
import { useDossier } from '../useDossier.js';

function DocumentCard({ document }: { document: DocumentSummary }) {
  const t = useT();
  return (
    <li class="document-card" data-document-id={document.id}>
      <p class="document-short">{document.short}</p>
      <h3>
        <Link href={editorPath(document.id)}>{document.title}</Link>
      </h3>
      {document.motto !== null && <p class="document-motto">{document.motto}</p>}
      <p class="document-lead">
        <span class={`swatch ${entityClass(document.leadEntityId)}`} aria-hidden="true" />
        {t('dossier.lead', { entity: document.leadEntityName })}
      </p>
      <p class="document-footer">
        <span class={`access-badge access-${document.access}`}>
          {document.access === 'write' ? t('dossier.canEdit') : t('dossier.readOnly')}
        </span>
        <span class="document-sections">{t('dossier.sections', { count: document.sections.length })}</span>
        <Link
          href={editorPath(document.id)}
          class="button-primary"
          aria-label={t('dossier.openDocument', { title: document.short })}
        >
          {t('dossier.open')}
        </Link>
      </p>
    </li>
  );
}

function EntityList({ entities }: { entities: readonly EntitySummary[] }) {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  return (
    <ul class="entity-list">
      {entities.map((entity) => (
        <li key={entity.id} class={entity.parentId === null ? '' : 'entity-child'}>
          <span class={`swatch ${entityClass(entity.parentId ?? entity.id)}`} aria-hidden="true" />
          <span>{entity.name}</span>
          {entity.parentId !== null && <span class="entity-parent">{names.get(entity.parentId)}</span>}
        </li>
      ))}
    </ul>
  );
}

function BodyList({ bodies }: { bodies: readonly BodySummary[] }) {
  return (
    <dl class="body-list">
      {bodies.map((body) => (
        <div key={body.id}>
          <dt>{body.name}</dt>
          <dd>{body.does}</dd>
        </div>
      ))}
    </dl>
  );
}

function Timeline({ dossier }: { dossier: DossierResponse }) {
  const shortNames = new Map(dossier.documents.map((document) => [document.id, document.short]));
  return (
    <ol class="timeline">
      {dossier.timeline.map((step) => (
        <li key={`${step.date}-${step.event}`}>
          {/* An approximate step ("eind 2027 - begin 2028") says so instead of a false exact day. */}
          {step.approximate !== null ? (
            <span class="timeline-date">{step.approximate}</span>
          ) : (
            <time class="timeline-date" dateTime={step.date}>
              {formatBelgianDate(step.date)}
            </time>
          )}
          <span class="timeline-event">{step.event}</span>
          <span class="timeline-documents">
            {step.documentIds.map((id) => shortNames.get(id) ?? id).join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The dossier page. */
export function DossierPage() {
  const t = useT();
  const { dossier, error } = useDossier();
  useDocumentTitle(dossier?.title ?? null);

  if (error !== null) {
    return (
      <main class="page">
        <p role="alert">{t('app.error', { message: error.message })}</p>
      </main>
    );
  }
  if (dossier === null) {
    return (
      <main class="page">
        <p class="loading">{t('app.loading')}</p>
      </main>
    );
  }

  return (
    <main class="page dossier-page">
      <h1>{dossier.title}</h1>
      <AdminLink />
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">{t('dossier.documents')}</h2>
        <ul class="document-cards">
          {dossier.documents.map((document) => (
            <DocumentCard key={document.id} document={document} />
          ))}
        </ul>
      </section>
      <RoundsOverview />
      <AdviceRoundsBlock documents={dossier.documents} />
      <div class="dossier-columns">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('dossier.timeline')}</h2>
          <Timeline dossier={dossier} />
        </section>
        <section aria-labelledby="entities-title">
          <h2 id="entities-title">{t('dossier.entities')}</h2>
          <EntityList entities={dossier.entities} />
          {dossier.bodies.length > 0 && (
            <>
              <h2 id="bodies-title">{t('dossier.bodies')}</h2>
              <BodyList bodies={dossier.bodies} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
