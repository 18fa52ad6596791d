/**
 * "Amendementen" beside a document's text: the amendments the user may see, filtered by section,
 * entity and status, kept fresh by polling; links to the two-column view and its DOCX export; and
 * "Nieuw amendement" for those who draft for an entity.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AmendmentListQuery } from '../../shared/api/amendments.js';
import type { DocumentSummary, EntitySummary, Me } from '../../shared/api/schemas.js';
import { AMENDMENT_STATUSES, canCreateAmendment } from '../../shared/domain/amendmentRules.js';
import { fetchDossier } from '../api.js';
import { Link } from '../components/Link.js';
import type { WorkspaceContext } from '../components/EditorWorkspace.js';
import { viewSelectionContext, type SelectionContext } from '../editor/selectionContext.js';
import { useT } from '../i18n.js';
import { amendmentPath, documentAmendmentTablePath, navigate } from '../router.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { fetchAmendments, documentAmendmentsDocxUrl } from './amendmentApi.js';
import { amendmentErrorMessage } from './amendmentErrors.js';
import { isAmendmentStatus, sectionLabel, STATUS_KEYS } from './amendmentText.js';
import { AmendmentCard } from './AmendmentCard.js';
import { NewAmendmentDialog } from './NewAmendmentDialog.js';

/** Props of AmendmentsPanel. */
export interface AmendmentsPanelProps {
  user: Me;
  document: DocumentSummary;
  workspace: WorkspaceContext;
}

/** The entities that can propose amendments (the top-level ones), for the entity filter. */
function useProposingEntities(): readonly EntitySummary[] {
  const [entities, setEntities] = useState<readonly EntitySummary[]>([]);
  useEffect(() => {
    let current = true;
    fetchDossier()
      .then((dossier) => current && setEntities(dossier.entities.filter((entity) => entity.parentId === null)))
      // Without the names the filter offers fewer choices; the list itself still works.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return entities;
}

/** The panel. */
export function AmendmentsPanel({ user, document, workspace }: AmendmentsPanelProps) {
  const t = useT();
  const [filters, setFilters] = useState<AmendmentListQuery>({});
  const [creating, setCreating] = useState<SelectionContext | null>(null);
  const entities = useProposingEntities();
  const key = `${document.id}|${filters.section ?? ''}|${filters.entity ?? ''}|${filters.status ?? ''}`;
  const list = useLiveQuery(key, () => fetchAmendments(document.id, filters));
  const amendments = list.data?.amendments ?? null;
  const mayCreate = canCreateAmendment({ userId: user.id, entityId: user.entityId, role: user.role });

  const startNew = () => {
    const view = workspace.session?.view;
    const context = view === undefined ? { sectionId: null, passage: null } : viewSelectionContext(view);
    setCreating({ sectionId: context.sectionId ?? workspace.summary.activeSectionId, passage: context.passage });
  };

  return (
    <section class="amendments-panel" aria-labelledby="amendments-title" data-testid="amendments-panel">
      <div class="panel-head">
        {/* The tab shows the name; the heading stays for screen readers' outline. */}
        <h2 id="amendments-title" class="visually-hidden">
          {t('amendments.title')}
        </h2>
        {mayCreate && (
          <button
            type="button"
            class="button-primary"
            // Keep the text selection: it becomes the amendment's passage.
            onMouseDown={(event) => event.preventDefault()}
            onClick={startNew}
          >
            {t('amendments.new')}
          </button>
        )}
      </div>
      <fieldset class="amendment-filters">
        <legend class="visually-hidden">{t('amendments.filters')}</legend>
        <label>
          {t('amendments.filterSection')}
          <select
            value={filters.section ?? ''}
            onChange={(event) => setFilters({ ...filters, section: event.currentTarget.value || undefined })}
          >
            <option value="">{t('amendments.all')}</option>
            {document.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {sectionLabel(section.id, document.sections, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('amendments.filterEntity')}
          <select
            value={filters.entity ?? ''}
            onChange={(event) => setFilters({ ...filters, entity: event.currentTarget.value || undefined })}
          >
            <option value="">{t('amendments.all')}</option>
            {entities.map((entity) => (
              <option key={entity.id} value={entity.id}>
                {entity.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('amendments.filterStatus')}
          <select
            value={filters.status ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setFilters({ ...filters, status: isAmendmentStatus(value) ? value : undefined });
            }}
          >
            <option value="">{t('amendments.all')}</option>
            {AMENDMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_KEYS[status])}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p class="panel-links">
        <Link href={documentAmendmentTablePath(document.id, filters)}>{t('amendments.twoColumns')}</Link>
        <a href={documentAmendmentsDocxUrl(document.id, filters)} download>
          {t('amendments.exportDocx')}
        </a>
      </p>
      {list.error !== null && (
        <p class="form-error" role="alert">
          {amendmentErrorMessage(list.error, t)}
        </p>
      )}
      {amendments === null ? (
        list.error === null && <p class="loading">{t('app.loading')}</p>
      ) : amendments.length === 0 ? (
        <p class="panel-empty">{t('amendments.none')}</p>
      ) : (
        <ol class="amendment-list" data-testid="amendment-list">
          {amendments.map((amendment) => (
            <AmendmentCard key={amendment.id} amendment={amendment} all={amendments} sections={document.sections} />
          ))}
        </ol>
      )}
      {creating !== null && (
        <NewAmendmentDialog
          documentId={document.id}
          sections={document.sections}
          sectionId={creating.sectionId}
          passage={creating.passage}
          onCreated={(created) => navigate(amendmentPath(created.id))}
          onClose={() => setCreating(null)}
        />
      )}
    </section>
  );
}
