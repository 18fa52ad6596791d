/**
 * The two-column view ("Huidige tekst | Voorgestelde tekst") of one amendment
 * (`/amendments/:id/table`) or of a document's amendments with the list's filters
 * (`/documents/:id/amendments/table?section=&entity=&status=`), with the DOCX export of the same.
 */
import type { AmendmentListQuery, AmendmentSummary } from '../../shared/api/amendments.js';
import { AmendmentColumns } from '../amendments/AmendmentColumns.js';
import { amendmentDocxUrl, documentAmendmentsDocxUrl, fetchAmendment, fetchAmendments } from '../amendments/amendmentApi.js';
import { amendmentErrorMessage } from '../amendments/amendmentErrors.js';
import { amendmentLabel, isAmendmentStatus, sectionLabel, STATUS_KEYS } from '../amendments/amendmentText.js';
import { ApiError } from '../api.js';
import { Link } from '../components/Link.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { amendmentPath, editorPath } from '../router.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { useDocumentSummary } from '../useDocumentSummary.js';

/** What the page shows: one amendment, or a document's list. */
export type AmendmentTableSubject = { amendmentId: string } | { documentId: string; query: URLSearchParams };

/** The list's filters from the query string (unknown statuses are ignored). */
export function filtersFromQuery(query: URLSearchParams): AmendmentListQuery {
  const status = query.get('status');
  return {
    section: query.get('section') ?? undefined,
    entity: query.get('entity') ?? undefined,
    status: isAmendmentStatus(status) ? status : undefined,
  };
}

/** The page. */
export function AmendmentTablePage({ subject }: { subject: AmendmentTableSubject }) {
  const t = useT();
  const single = 'amendmentId' in subject;
  const filters = single ? {} : filtersFromQuery(subject.query);
  const key = single ? `one:${subject.amendmentId}` : `list:${subject.documentId}?${subject.query.toString()}`;
  const loaded = useLiveQuery<readonly AmendmentSummary[]>(key, async () =>
    single ? [await fetchAmendment(subject.amendmentId)] : (await fetchAmendments(subject.documentId, filters)).amendments,
  );
  const amendments = loaded.data;
  const documentId = single ? (amendments?.[0]?.documentId ?? null) : subject.documentId;
  const document = useDocumentSummary(documentId);
  const sections = document?.sections ?? [];
  const first = amendments?.[0];
  const heading = single ? (first ? `${amendmentLabel(first, t)} — ${first.title}` : t('columns.title')) : t('columns.listTitle', { document: document?.short ?? documentId ?? '' });
  useDocumentTitle(heading);

  const described = [
    filters.section !== undefined ? sectionLabel(filters.section, sections, t) : null,
    filters.entity !== undefined ? (amendments?.find((a) => a.entityId === filters.entity)?.entityName ?? filters.entity) : null,
    filters.status !== undefined ? t(STATUS_KEYS[filters.status]) : null,
  ].filter((part): part is string => part !== null);

  return (
    <main class="page columns-page">
      <p class="columns-back">
        {single && first ? (
          <Link href={amendmentPath(first.id)}>{t('columns.backToAmendment')}</Link>
        ) : documentId !== null ? (
          <Link href={editorPath(documentId)}>{t('columns.backToDocument')}</Link>
        ) : null}
      </p>
      <div class="columns-head">
        <h1>{heading}</h1>
        <a class="button-secondary" href={single ? amendmentDocxUrl(subject.amendmentId) : documentAmendmentsDocxUrl(subject.documentId, filters)} download>
          {t('amendments.exportDocx')}
        </a>
      </div>
      {!single && <p class="columns-filters">{described.length === 0 ? t('columns.noFilters') : t('columns.filters', { filters: described.join(' · ') })}</p>}
      {loaded.error !== null && (
        <p class="form-error" role="alert" data-testid="amendment-missing">
          {loaded.error instanceof ApiError && loaded.error.status === 404 ? t('amendment.notFound') : amendmentErrorMessage(loaded.error, t)}
        </p>
      )}
      {amendments === null ? (
        loaded.error === null && <p class="loading">{t('app.loading')}</p>
      ) : amendments.length === 0 ? (
        <p class="panel-empty">{t('amendments.none')}</p>
      ) : (
        amendments.map((amendment) => <AmendmentColumns key={amendment.id} amendment={amendment} sections={sections} />)
      )}
    </main>
  );
}
