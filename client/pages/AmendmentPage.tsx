/**
 * `/amendments/:id`: the amendment's own text in its sync room, with its changes against the text
 * it started from marked live, and its details and actions beside it. Another entity's draft
 * answers 404 like a missing one, and the page says only that it does not exist for this user.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Plugin } from 'prosemirror-state';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { Me } from '../../shared/api/schemas.js';
import { t as translate } from '../../shared/i18n/strings.js';
import { AmendmentDetailsPanel } from '../amendments/AmendmentDetailsPanel.js';
import { fetchAmendment } from '../amendments/amendmentApi.js';
import { amendmentErrorMessage } from '../amendments/amendmentErrors.js';
import { amendmentLabel, sectionLabel, STATUS_KEYS } from '../amendments/amendmentText.js';
import { decodeBaseSnapshot } from '../amendments/baseSnapshot.js';
import { ApiError } from '../api.js';
import { EditorWorkspace } from '../components/EditorWorkspace.js';
import { Link } from '../components/Link.js';
import { SidePanel } from '../components/SidePanel.js';
import { useDocumentTitle } from '../documentTitle.js';
import { entityClass } from '../editor/cursors.js';
import { trackChanges } from '../editor/trackChangesPlugin.js';
import { languageStore, useT } from '../i18n.js';
import { editorPath } from '../router.js';
import type { DocumentConnection, RoomTarget } from '../sync/connectDocument.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { useLiveQuery } from '../useLiveQuery.js';
// Comments
import { CommentsPanel } from '../comments/CommentsPanel.js';
import { COMMENTS_TAB_ID } from '../comments/commentsController.js';
import { commentPlugins } from '../editor/commentHighlights.js';
import { useDocumentSummary } from '../useDocumentSummary.js';

/** Props of AmendmentPage. */
export interface AmendmentPageProps {
  user: Me;
  amendmentId: string;
}

/** What the editor is opened with: fixed for the amendment, whatever later refreshes say. */
interface Opened {
  id: string;
  target: RoomTarget;
  plugins: (connection: DocumentConnection) => Plugin[];
}

function opening(amendment: AmendmentDetail): Opened {
  const base = decodeBaseSnapshot(amendment.baseSnapshot);
  const labels = () => ({
    added: translate(languageStore.get(), 'trackChanges.addedBy', { entity: amendment.entityName }),
    removed: translate(languageStore.get(), 'trackChanges.removedBy', { entity: amendment.entityName }),
  });
  return {
    id: amendment.id,
    // Only the first guess: the server decides per connection, and says so when it changes.
    target: { room: amendment.room, access: amendment.may.editText ? 'write' : 'read' },
    plugins: (connection) => [
      trackChanges({ fragment: connection.fragment, base, entityClass: entityClass(amendment.entityId), labels }),
      // Comments: those of the amendment's own room, as private as the draft (the server enforces it).
      ...commentPlugins(amendment.room)(connection),
    ],
  };
}

/** The amendment page. */
export function AmendmentPage({ user, amendmentId }: AmendmentPageProps) {
  const t = useT();
  const detail = useLiveQuery(`amendment:${amendmentId}`, () => fetchAmendment(amendmentId));
  const amendment = detail.data;
  const document = useDocumentSummary(amendment?.documentId ?? null);
  // Opened once per amendment: a refresh must not reconnect the editor.
  const opened = useMemo(() => (amendment === null ? null : opening(amendment)), [amendment?.id ?? null]);
  useDocumentTitle(amendment === null ? null : `${amendmentLabel(amendment, t)} — ${amendment.title}`);

  if (amendment === null || opened === null) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <main class="page">
        {detail.error === null ? (
          <p class="loading">{t('app.loading')}</p>
        ) : (
          <p role="alert" data-testid="amendment-missing">
            {missing ? t('amendment.notFound') : amendmentErrorMessage(detail.error, t)}
          </p>
        )}
        <Link href="/">{t('app.backToDossier')}</Link>
      </main>
    );
  }

  const sections = document?.sections ?? [];
  return (
    <main class="editor-page amendment-page" data-amendment-id={amendment.id} data-status={amendment.status}>
      <EditorWorkspace
        key={opened.id}
        user={user}
        target={opened.target}
        title={`${amendmentLabel(amendment, t)} — ${amendment.title}`}
        plugins={opened.plugins}
        startSectionId={amendment.sectionId}
        heading={
          <>
            <p class="document-short">
              <Link href={editorPath(amendment.documentId)}>{document?.short ?? amendment.documentId}</Link>
              {' · '}
              <span data-testid="amendment-label">{amendmentLabel(amendment, t)}</span>
            </p>
            <h1>{amendment.title}</h1>
            <p class="amendment-heading-meta">
              <span class={`status-badge status-${amendment.status}`}>{t(STATUS_KEYS[amendment.status])}</span>
              <span class="amendment-entity">
                <span class={`swatch ${entityClass(amendment.entityId)}`} aria-hidden="true" />
                {amendment.entityName}
              </span>
              <span>{sectionLabel(amendment.sectionId, sections, t)}</span>
            </p>
            <p class="track-legend">
              <ins class={`tc-added ${entityClass(amendment.entityId)}`}>{t('trackChanges.legendAdded')}</ins>{' '}
              <del class={`tc-removed ${entityClass(amendment.entityId)}`}>{t('trackChanges.legendRemoved')}</del>
            </p>
          </>
        }
        side={(workspace) => (
          <SidePanel
            label={t('side.label')}
            tabs={[
              {
                id: 'amendment',
                label: t('amendment.tab'),
                render: () => (
                  <>
                    {detail.error !== null && (
                      <p class="form-error" role="alert">
                        {amendmentErrorMessage(detail.error, t)}
                      </p>
                    )}
                    <RefreshOnChange readOnly={workspace.readOnly} status={workspace.status} refresh={detail.refresh} />
                    <AmendmentDetailsPanel
                      amendment={amendment}
                      sections={sections}
                      saveStatus={workspace.status}
                      onChanged={detail.replace}
                    />
                  </>
                ),
              },
              // Comments
              {
                id: COMMENTS_TAB_ID,
                label: t('comments.title'),
                render: () => <CommentsPanel room={amendment.room} workspace={workspace} />,
              },
            ]}
          />
        )}
      />
    </main>
  );
}

/** After an edit is saved, wait this long for more before reloading the details (counts, flags). */
const REFRESH_AFTER_SAVE_MS = 1_500;

/**
 * Reloads the details when the text changed (once saves settle: its counts and flags follow the
 * text) and when the server changed this connection's rights (e.g. submitted meanwhile).
 */
function RefreshOnChange({ readOnly, status, refresh }: { readOnly: boolean; status: SaveStatus; refresh: () => Promise<void> }) {
  const [seenReadOnly, setSeenReadOnly] = useState(readOnly);
  const wasSaving = useRef(false);
  useEffect(() => {
    if (readOnly === seenReadOnly) return;
    setSeenReadOnly(readOnly);
    void refresh();
  }, [readOnly, seenReadOnly, refresh]);
  useEffect(() => {
    if (status === 'saving') wasSaving.current = true;
    if (status !== 'saved' || !wasSaving.current) return;
    const timer = setTimeout(() => {
      wasSaving.current = false;
      void refresh();
    }, REFRESH_AFTER_SAVE_MS);
    return () => clearTimeout(timer);
  }, [status, refresh]);
  return null;
}
