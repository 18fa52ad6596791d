/**
 * The editor page's working area: outline on the left; title, presence and save status, toolbar and
 * text on the right.
 */
import { useRef } from 'preact/hooks';
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import { sessionEnded } from '../auth.js';
import { focusSection } from '../editor/focusSection.js';
import { useEditorSession } from '../editor/useEditorSession.js';
import { useT } from '../i18n.js';
import { createStore, useStore, type Store } from '../store.js';
import type { PermanentClose } from '../sync/connectDocument.js';
import type { PresenceEntry } from '../sync/presence.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { CloseBanner } from './CloseBanner.js';
import { Outline } from './Outline.js';
import { PresenceList } from './PresenceList.js';
import { SaveIndicator } from './SaveIndicator.js';
import { Toolbar } from './Toolbar.js';

// Stand-ins until the connection exists, so hooks are called the same way on every render.
const NO_PRESENCE: Store<readonly PresenceEntry[]> = createStore<readonly PresenceEntry[]>([]);
const NO_CLOSE: Store<PermanentClose | null> = createStore<PermanentClose | null>(null);
const CONNECTING: Store<SaveStatus> = createStore<SaveStatus>('connecting');
const NOT_READ_ONLY: Store<boolean> = createStore(false);

/** Props of EditorWorkspace. */
export interface EditorWorkspaceProps {
  user: Me;
  document: DocumentSummary;
}

/** Outline, status and the collaborative editor of one document. */
export function EditorWorkspace({ user, document }: EditorWorkspaceProps) {
  const t = useT();
  const mountRef = useRef<HTMLDivElement | null>(null);
  const { session, summary, guardRefused } = useEditorSession(user, document, mountRef, t);
  const connection = session?.connection;
  const status = useStore(connection?.status ?? CONNECTING);
  const presence = useStore(connection?.presence ?? NO_PRESENCE);
  const closed = useStore(connection?.closed ?? NO_CLOSE);
  const readOnly = useStore(connection?.readOnly ?? NOT_READ_ONLY) || document.access === 'read';

  return (
    <div class="editor-layout">
      <aside class="outline-column">
        <Outline
          sections={summary.sections}
          activeSectionId={summary.activeSectionId}
          onSelect={(sectionId) => session !== null && focusSection(session.view, sectionId)}
        />
      </aside>
      <div class="text-column">
        <div class="document-head">
          <div class="document-heading">
            <p class="document-short">{document.short}</p>
            <h1>{document.title}</h1>
          </div>
          <div class="document-meta">
            <PresenceList entries={presence} />
          </div>
        </div>
        {closed !== null && (
          <CloseBanner
            closed={closed}
            onSignIn={sessionEnded}
            onResetLocal={() => {
              if (connection === undefined) return;
              void connection.discardLocalCopy().then(() => location.reload());
            }}
          />
        )}
        <div class="editor-bar">
          <Toolbar view={session?.view ?? null} formats={summary.formats} disabled={readOnly} />
          <SaveIndicator status={status} />
        </div>
        <p class="guard-notice" role="status">
          {guardRefused ? t('editor.sectionGuard') : ''}
        </p>
        <div ref={mountRef} class="editor-mount" data-testid="editor" />
      </div>
    </div>
  );
}
