/** `/documents/:id`: finds the document among the user's documents and opens its editor, amendments beside it. */
import { useEffect, useState } from 'preact/hooks';
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import { fetchDocuments } from '../api.js';
import { handleUnauthenticated } from '../auth.js';
import { AmendmentsPanel } from '../amendments/AmendmentsPanel.js';
import { EditorWorkspace } from '../components/EditorWorkspace.js';
import { Link } from '../components/Link.js';
import { SidePanel } from '../components/SidePanel.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
// Versions and comments
import { CommentsPanel } from '../comments/CommentsPanel.js';
import { COMMENTS_TAB_ID } from '../comments/commentsController.js';
import { commentPlugins } from '../editor/commentHighlights.js';
import { VersionsPanel } from '../versions/VersionsPanel.js';
// Who wrote what
import { authorshipPlugins } from '../attribution/authorshipForDocument.js';
import { ContributionsPanel } from '../attribution/ContributionsPanel.js';
// Advice rounds
import { AdvicePanel } from '../advice/AdvicePanel.js';
import { ADVICE_TAB_ID } from '../advice/documentAdvice.js';
import { advicePlugins } from '../advice/liveAdviceHighlights.js';

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'found'; document: DocumentSummary };

/** Props of EditorPage. */
export interface EditorPageProps {
  user: Me;
  documentId: string;
}

/** The editor page. */
export function EditorPage({ user, documentId }: EditorPageProps) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useDocumentTitle(loaded.status === 'found' ? loaded.document.short : null);

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    fetchDocuments()
      .then(({ documents }) => {
        if (!current) return;
        const document = documents.find((candidate) => candidate.id === documentId);
        setLoaded(document === undefined ? { status: 'missing' } : { status: 'found', document });
      })
      .catch((error: unknown) => {
        if (!current) return;
        try {
          handleUnauthenticated(error);
        } catch {
          setLoaded({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      });
    return () => {
      current = false;
    };
  }, [documentId, user.id]);

  switch (loaded.status) {
    case 'loading':
      return (
        <main class="page">
          <p class="loading">{t('app.loading')}</p>
        </main>
      );
    case 'failed':
      return (
        <main class="page">
          <p role="alert">{t('app.error', { message: loaded.message })}</p>
        </main>
      );
    case 'missing':
      return (
        <main class="page">
          <p role="alert">{t('editor.documentNotFound')}</p>
          <Link href="/">{t('app.backToDossier')}</Link>
        </main>
      );
    case 'found': {
      const { document } = loaded;
      return (
        <main class="editor-page">
          <EditorWorkspace
            key={document.id}
            user={user}
            target={{ room: document.room, access: document.access }}
            title={document.title}
            plugins={(connection) => [
              ...commentPlugins(document.room)(connection),
              // Who wrote what
              ...authorshipPlugins(document.id, user, connection),
              // Advice rounds
              ...advicePlugins(document.id)(connection),
            ]}
            heading={
              <>
                <p class="document-short">{document.short}</p>
                <h1>{document.title}</h1>
              </>
            }
            side={(workspace) => (
              <SidePanel
                label={t('side.label')}
                tabs={[
                  {
                    id: 'amendments',
                    label: t('amendments.title'),
                    render: () => <AmendmentsPanel user={user} document={document} workspace={workspace} />,
                  },
                  // Versions and comments
                  {
                    id: COMMENTS_TAB_ID,
                    label: t('comments.title'),
                    render: () => <CommentsPanel room={document.room} workspace={workspace} />,
                  },
                  {
                    id: 'versions',
                    label: t('versions.title'),
                    render: () => <VersionsPanel user={user} document={document} />,
                  },
                  // Who wrote what
                  {
                    id: 'contributions',
                    label: t('statistics.tab'),
                    render: () => <ContributionsPanel user={user} document={document} workspace={workspace} />,
                  },
                  // Advice rounds
                  {
                    id: ADVICE_TAB_ID,
                    label: t('advice.tab'),
                    render: () => <AdvicePanel document={document} workspace={workspace} />,
                  },
                ]}
              />
            )}
          />
        </main>
      );
    }
  }
}
