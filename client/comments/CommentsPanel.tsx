/**
 * "Opmerkingen" beside a text (a main text or an amendment's fork): the room's threads, filtered
 * open / resolved / all, each with its passage, comments and actions; the box for a new comment
 * on the selected passage. Clicking a thread marks and shows its passage; clicking a highlight in
 * the text brings its thread here. The threads come from the room's CommentsController, which the
 * editor's comment plugin (editor/commentHighlights.ts) keeps polling.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EditorView } from 'prosemirror-view';
import type { WorkspaceContext } from '../components/EditorWorkspace.js';
import { FormError } from '../components/FormError.js';
import { composeComment, revealPassage } from '../editor/commentHighlights.js';
import { useT } from '../i18n.js';
import { useStore } from '../store.js';
import type { DocumentConnection } from '../sync/connectDocument.js';
import { CommentComposer } from './CommentComposer.js';
import { commentErrorMessage } from './commentErrors.js';
import { commentsOf, type CommentsController } from './commentsController.js';
import { CommentThreadCard } from './CommentThreadCard.js';
import { filterThreads, passageGone, THREAD_FILTERS, threadCounts, type ThreadFilter } from './threadState.js';

/** Props of CommentsPanel. */
export interface CommentsPanelProps {
  /** The sync room whose text is shown: `doc:<id>` or `amendment:<id>`. */
  room: string;
  workspace: WorkspaceContext;
}

/** The panel; it waits for the editor's connection, whose controller it shares. */
export function CommentsPanel({ room, workspace }: CommentsPanelProps) {
  const t = useT();
  const session = workspace.session;
  if (session === null) return <p class="loading">{t('app.loading')}</p>;
  return <CommentsPanelBody controller={commentsOf(session.connection, room)} view={session.view} connection={session.connection} />;
}

const FILTER_KEYS = {
  open: 'comments.filter.open',
  resolved: 'comments.filter.resolved',
  all: 'comments.filter.all',
} as const;

const EMPTY_KEYS = {
  open: 'comments.none.open',
  resolved: 'comments.none.resolved',
  all: 'comments.none.all',
} as const;

function CommentsPanelBody({ controller, view, connection }: { controller: CommentsController; view: EditorView; connection: DocumentConnection }) {
  const t = useT();
  const threads = useStore(controller.threads);
  const error = useStore(controller.error);
  const focused = useStore(controller.focused);
  const draft = useStore(controller.draft);
  const locallyDeleted = useStore(controller.locallyDeleted);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [needsSelection, setNeedsSelection] = useState(false);

  // A thread focused from the text is shown, even when the filter would hide it.
  const focusedThread = threads?.find((thread) => thread.id === focused) ?? null;
  useEffect(() => {
    if (focusedThread === null) return;
    if (filter !== 'all' && focusedThread.resolved !== (filter === 'resolved')) setFilter('all');
    document.getElementById(`comment-thread-${focusedThread.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [focusedThread?.id]);

  const counts = threadCounts(threads ?? []);
  const shown = filterThreads(threads ?? [], filter);

  return (
    <section class="comments-panel" aria-labelledby="comments-title" data-testid="comments-panel">
      <div class="panel-head">
        <h2 id="comments-title" class="visually-hidden">
          {t('comments.title')}
        </h2>
        <button
          type="button"
          class="button-primary"
          // Keep the text selection: it is the passage.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setNeedsSelection(!composeComment(view, connection.fragment, controller))}
          title={t('comments.addShortcut')}
        >
          {t('comments.add')}
        </button>
      </div>
      {needsSelection && draft === null && (
        <p class="dialog-hint" role="status">
          {t('comments.selectFirst')}
        </p>
      )}
      {draft !== null && (
        <CommentComposer
          room={controller.room}
          draft={draft}
          onCancel={() => controller.draft.set(null)}
          onPosted={(thread) => {
            controller.draft.set(null);
            controller.put(thread);
            controller.focused.set(thread.id);
            setFilter((current) => (current === 'resolved' ? 'open' : current));
          }}
        />
      )}
      <div class="comment-filters" role="group" aria-label={t('comments.filter')}>
        {THREAD_FILTERS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={filter === option}
            class={filter === option ? 'is-selected' : ''}
            onClick={() => setFilter(option)}
          >
            {t(FILTER_KEYS[option], { count: counts[option] })}
          </button>
        ))}
      </div>
      <FormError error={error} describe={commentErrorMessage} />
      {threads === null ? (
        error === null && <p class="loading">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="panel-empty">{t(EMPTY_KEYS[filter])}</p>
      ) : (
        <ol class="comment-threads" data-testid="comment-threads">
          {shown.map((thread) => (
            <CommentThreadCard
              key={thread.id}
              thread={thread}
              focused={thread.id === focused}
              passageGone={passageGone(thread, locallyDeleted)}
              onFocus={() => {
                controller.focused.set(thread.id);
                revealPassage(view, thread.id);
              }}
              onChanged={(changed) => {
                // A thread just resolved is dealt with: its highlight goes, with the focus.
                if (changed.resolved && controller.focused.get() === changed.id) controller.focused.set(null);
                controller.put(changed);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
