/**
 * "Advies" beside a document's main text: the submitted advice points of its rounds, each with the
 * passage it was anchored to on the frozen version, where that passage stands in the text now
 * ("passage gewijzigd", "passage verwijderd"), and the lead's answer (as on the advice page: the
 * answer, why, who and what carries it out) or "nog niet beantwoord".
 * A point's passage is highlighted in the live text (advice/liveAdviceHighlights.ts); a click on
 * the point shows it there.
 */
import { useEffect } from 'preact/hooks';
import type { EditorView } from 'prosemirror-view';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { Link } from '../components/Link.js';
import type { WorkspaceContext } from '../components/EditorWorkspace.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { adviceRoundPath } from '../router.js';
import { useStore } from '../store.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { ANSWER_KEYS, passageNowKey, pointStateClass } from './adviceText.js';
import { AnswerView } from './AnswerView.js';
import { adviceOf, type DocumentAdviceController } from './documentAdvice.js';

/** Props of AdvicePanel. */
export interface AdvicePanelProps {
  document: DocumentSummary;
  workspace: WorkspaceContext;
}

/** The panel; it waits for the editor's connection, whose controller it shares. */
export function AdvicePanel({ document, workspace }: AdvicePanelProps) {
  const t = useT();
  const session = workspace.session;
  if (session === null) return <p class="loading">{t('app.loading')}</p>;
  return <AdvicePanelBody document={document} controller={adviceOf(session.connection, document.id)} view={session.view} />;
}

/** Scrolls the editor to a point's passage, if the live text still holds it. */
function reveal(view: EditorView, pointId: string): void {
  if (view.isDestroyed) return;
  const highlight = view.dom.querySelector(`[data-advice-point="${CSS.escape(pointId)}"]`);
  highlight?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function AdvicePanelBody({ document, controller, view }: { document: DocumentSummary; controller: DocumentAdviceController; view: EditorView }) {
  const t = useT();
  const points = useStore(controller.points);
  const error = useStore(controller.error);
  const focused = useStore(controller.focused);
  const live = useStore(controller.live);

  // The panel also polls while it is open, so a point answered meanwhile shows without a reload.
  useEffect(() => controller.start(), [controller]);
  useEffect(() => {
    if (focused !== null) window.document.getElementById(`advice-item-${focused}`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  return (
    <section class="advice-panel" aria-labelledby="advice-panel-title" data-testid="advice-panel">
      <h2 id="advice-panel-title" class="visually-hidden">
        {t('advice.tab')}
      </h2>
      <FormError error={error} describe={adviceErrorMessage} />
      {points === null ? (
        error === null && <p class="loading">{t('app.loading')}</p>
      ) : points.length === 0 ? (
        <p class="panel-empty">{t('advice.panelEmpty')}</p>
      ) : (
        <ol class="advice-points advice-panel-points">
          {points.map((point) => {
            // This browser's text may be a moment ahead of the server's answer: its own reading wins.
            const state = live.get(point.id)?.state ?? point.passageNow;
            const passageKey = passageNowKey(state);
            return (
              <li
                key={point.id}
                id={`advice-item-${point.id}`}
                class={`advice-point ${pointStateClass(point)}${point.id === focused ? ' is-focused' : ''}`}
                data-point-id={point.id}
              >
                <p class="advice-point-head">
                  <Link href={adviceRoundPath(point.roundId)} class="advice-point-number">
                    {t('advice.panelPoint', { number: point.number, body: point.bodyName })}
                  </Link>
                  <span class="advice-point-state" data-testid="advice-point-state">
                    {point.answer === null ? t('advice.pointState.unanswered') : t(ANSWER_KEYS[point.answer.answer])}
                  </span>
                </p>
                <p class="advice-meta">{t('advice.panelVersion', { name: point.versionName })}</p>
                {point.quote === null ? (
                  <p class="advice-point-general">
                    {point.sectionId === null ? t('advice.generalPoint') : t('advice.generalPointIn', { section: sectionLabel(point.sectionId, document.sections, t) })}
                  </p>
                ) : (
                  <div class="advice-quote-row">
                    <blockquote class={`passage-quote advice-quote${state === 'deleted' ? ' is-gone' : ''}`}>{point.quote}</blockquote>
                    {state !== 'deleted' && (
                      <button
                        type="button"
                        class="advice-show-passage"
                        aria-label={t('advice.showPassageOf', { number: point.number })}
                        onClick={() => {
                          controller.focused.set(point.id);
                          reveal(view, point.id);
                        }}
                      >
                        {t('advice.showPassage')}
                      </button>
                    )}
                  </div>
                )}
                {passageKey !== null && (
                  <p class={`advice-passage-now advice-passage-${state ?? ''}`} data-testid="advice-passage-now">
                    {t(passageKey)}
                  </p>
                )}
                <p class="advice-point-body">{point.body}</p>
                {point.answer !== null && <AnswerView answer={point.answer} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
