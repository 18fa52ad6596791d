/**
 * An editor page's working area: outline on the left; heading, presence and save status, toolbar
 * and text in the middle; the page's side panel on the right. The same for a document's main text
 * and an amendment: the page gives the room, the heading, its plugins and its side panel.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Plugin } from 'prosemirror-state';
import type { Me } from '../../shared/api/schemas.js';
import { sessionEnded } from '../auth.js';
import type { EditorSummary } from '../editor/editorSummary.js';
import { focusSection } from '../editor/focusSection.js';
import { useEditorSession, type EditorSession } from '../editor/useEditorSession.js';
import { useT } from '../i18n.js';
import { createStore, useStore, type Store } from '../store.js';
import type { DocumentConnection, PermanentClose, RoomTarget } from '../sync/connectDocument.js';
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
const NOT_YET: Store<boolean> = createStore(false);

/** What a side panel can read about the editor. */
export interface WorkspaceContext {
  session: EditorSession | null;
  summary: EditorSummary;
  status: SaveStatus;
  readOnly: boolean;
}

/** Props of EditorWorkspace. */
export interface EditorWorkspaceProps {
  user: Me;
  target: RoomTarget;
  /** What the text is, for the editor's accessible name. */
  title: string;
  /** Shown above the text: what is being edited. */
  heading: ComponentChildren;
  /** The page's own editor plugins, built once per connection. */
  plugins?: (connection: DocumentConnection) => Plugin[];
  /** Puts the cursor in this section, once, as soon as the text holds it. */
  startSectionId?: string | null;
  /** The side panel, rendered with the editor's state. */
  side?: (context: WorkspaceContext) => ComponentChildren;
}

/** Outline, status, the collaborative editor of one room, and the page's side panel. */
export function EditorWorkspace({ user, target, title, heading, plugins, startSectionId = null, side }: EditorWorkspaceProps) {
  const t = useT();
  const mountRef = useRef<HTMLDivElement | null>(null);
  const { session, summary, guardRefused } = useEditorSession({ user, target, title, mountRef, plugins });
  const connection = session?.connection;
  const status = useStore(connection?.status ?? CONNECTING);
  const presence = useStore(connection?.presence ?? NO_PRESENCE);
  const closed = useStore(connection?.closed ?? NO_CLOSE);
  const readOnly = useStore(connection?.readOnly ?? NOT_YET) || (connection === undefined && target.access === 'read');
  const unsaved = useStore(connection?.unsavedWhileReadOnly ?? NOT_YET);

  const started = useRef<EditorSession | null>(null);
  const hasStartSection = startSectionId !== null && summary.sections.some((section) => section.id === startSectionId);
  useEffect(() => {
    if (session === null || !hasStartSection || startSectionId === null || started.current === session) return;
    started.current = session;
    focusSection(session.view, startSectionId);
  }, [session, hasStartSection, startSectionId]);

  return (
    <div class={side === undefined ? 'editor-layout' : 'editor-layout with-side'}>
      <aside class="outline-column">
        <Outline
          sections={summary.sections}
          activeSectionId={summary.activeSectionId}
          onSelect={(sectionId) => session !== null && focusSection(session.view, sectionId)}
        />
      </aside>
      <div class="text-column">
        <div class="document-head">
          <div class="document-heading">{heading}</div>
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
        {unsaved && (
          <div class="banner banner-warning" role="alert" data-testid="unsaved-read-only">
            <p>{t('editor.unsavedWhileReadOnly')}</p>
          </div>
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
      {side !== undefined && <aside class="side-column">{side({ session, summary, status, readOnly })}</aside>}
    </div>
  );
}
