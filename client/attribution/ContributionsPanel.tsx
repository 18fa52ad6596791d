/**
 * "Bijdragen" beside a main text: the "Wie schreef wat" switch with its legend, and the statistics
 * per entity and section. The mode lives in the editor's authorship plugin, so it stays on while
 * another tab is shown.
 */
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import type { WorkspaceContext } from '../components/EditorWorkspace.js';
import { authorshipModeOf } from '../editor/authorshipPlugin.js';
import { useT } from '../i18n.js';
import { createStore, useStore, type Store } from '../store.js';
import { AuthorshipControls } from './AuthorshipControls.js';
import { StatisticsView } from './StatisticsView.js';

const NO_REVISION: Store<number> = createStore(0);

/** Props of ContributionsPanel. */
export interface ContributionsPanelProps {
  user: Me;
  document: DocumentSummary;
  workspace: WorkspaceContext;
}

/** The panel. */
export function ContributionsPanel({ user, document, workspace }: ContributionsPanelProps) {
  const t = useT();
  const mode = workspace.session === null ? null : authorshipModeOf(workspace.session.view.state);
  const revision = useStore(mode?.textRevision ?? NO_REVISION);
  return (
    <section class="contributions-panel" aria-labelledby="contributions-title" data-testid="contributions-panel">
      {/* The tab shows the name; the heading stays for screen readers' outline. */}
      <h2 id="contributions-title" class="visually-hidden">
        {t('statistics.tab')}
      </h2>
      <AuthorshipControls mode={mode} user={user} />
      <h3 class="authorship-subtitle">{t('statistics.title')}</h3>
      <StatisticsView documentId={document.id} revision={revision} />
    </section>
  );
}
