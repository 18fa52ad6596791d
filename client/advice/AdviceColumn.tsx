/**
 * The advice beside the frozen version: while it is a draft, for the body's advisers, the point
 * being written, the points (editable), the general text and "Advies indienen"; once submitted, for
 * everyone who may see it, the points with their quotes, how their passages fare in the text now,
 * and the lead's answers (which the document's lead records here).
 */
import { useState } from 'preact/hooks';
import type { Advice, AdviceRoundSummary } from '../../shared/api/advice.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { isOnTime } from '../../shared/domain/deadlines.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import type { AdviceControls } from './adviceControls.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { ADVICE_STATUS_KEYS } from './adviceText.js';
import { AdvicePointCard } from './AdvicePointCard.js';
import type { AdvicePassage } from './frozenText.js';
import { GeneralTextForm } from './GeneralTextForm.js';
import { PointComposer } from './PointComposer.js';
import { SubmitAdvice } from './SubmitAdvice.js';
import { useLinkOptions } from './useLinkOptions.js';

/** A point being written: on a passage, or general (`passage: null`). */
export interface Composing {
  passage: AdvicePassage | null;
}

/** Props of AdviceColumn. */
export interface AdviceColumnProps {
  round: AdviceRoundSummary;
  advice: Advice | null;
  adviceError: Error | null;
  controls: AdviceControls;
  sections: readonly SectionSummary[];
  composing: Composing | null;
  onCompose: (composing: Composing | null) => void;
  focusedId: string | null;
  onFocus: (pointId: string) => void;
  /** Puts an action's answer in place at once. */
  onAdvice: (advice: Advice) => void;
}

/** The column. */
export function AdviceColumn(props: AdviceColumnProps) {
  const { round, advice, adviceError, controls, sections, composing, onCompose, focusedId, onFocus, onAdvice } = props;
  const t = useT();
  const [unsavedText, setUnsavedText] = useState(false);
  const answering = advice !== null && advice.points.some((point) => controls.answerPoint(point));
  const options = useLinkOptions(round.documentId, answering);

  if (advice === null) {
    return (
      <section class="advice-column" aria-labelledby="advice-column-title" data-testid="advice-column">
        <h2 id="advice-column-title">{t('advice.adviceOf', { body: round.bodyName })}</h2>
        {adviceError !== null ? (
          <FormError error={adviceError} describe={adviceErrorMessage} />
        ) : (
          <p class="panel-empty" data-testid="advice-not-yet">
            {round.adviceId === null ? t('advice.notSubmittedYetLong', { body: round.bodyName }) : t('app.loading')}
          </p>
        )}
      </section>
    );
  }

  const sectionName = (sectionId: string | null) => (sectionId === null ? null : sectionLabel(sectionId, sections, t));

  return (
    <section class="advice-column" aria-labelledby="advice-column-title" data-testid="advice-column" data-status={advice.status}>
      <h2 id="advice-column-title">{t('advice.adviceOf', { body: advice.entityName })}</h2>
      <p class="advice-status-line">
        <span class={`status-badge advice-status-${advice.status}`} data-testid="advice-status">
          {t(ADVICE_STATUS_KEYS[advice.status])}
        </span>
        {advice.submittedAt !== null && (
          <span class="advice-meta">
            {t('advice.submittedBy', { name: advice.submittedByName ?? '', date: formatBelgianDateTime(advice.submittedAt) })}
            {advice.late && ` · ${t('advice.late')}`}
          </span>
        )}
      </p>
      <FormError error={adviceError} describe={adviceErrorMessage} />
      {controls.addPoints && (
        <div class="advice-add">
          <p class="dialog-hint">{t('advice.addHint')}</p>
          <button type="button" onClick={() => onCompose({ passage: null })}>
            {t('advice.addGeneralPoint')}
          </button>
        </div>
      )}
      {controls.addPoints && composing !== null && (
        <PointComposer
          key={composing.passage === null ? 'general' : JSON.stringify(composing.passage.anchor)}
          adviceId={advice.id}
          passage={composing.passage}
          sections={sections}
          onCancel={() => onCompose(null)}
          onAdded={(changed) => {
            onCompose(null);
            onAdvice(changed);
            const known = new Set(advice.points.map((point) => point.id));
            const added = changed.points.find((point) => !known.has(point.id));
            if (added !== undefined) onFocus(added.id);
          }}
        />
      )}
      <h3 class="panel-subtitle">{t('advice.points')}</h3>
      {advice.points.length === 0 ? (
        <p class="panel-empty">{t('advice.noPoints')}</p>
      ) : (
        <ol class="advice-points" data-testid="advice-points">
          {advice.points.map((point) => (
            <AdvicePointCard
              key={point.id}
              point={point}
              adviceStatus={advice.status}
              sectionName={sectionName(point.sectionId)}
              focused={point.id === focusedId}
              editable={controls.editPoint(point)}
              answerable={controls.answerPoint(point)}
              linkOptions={options}
              onFocus={() => onFocus(point.id)}
              onChanged={onAdvice}
            />
          ))}
        </ol>
      )}
      {controls.editGeneralText ? (
        <GeneralTextForm advice={advice} onSaved={onAdvice} onDirty={setUnsavedText} />
      ) : (
        advice.generalText.trim() !== '' && (
          <section class="advice-general" aria-labelledby="advice-general-title">
            <h3 id="advice-general-title" class="panel-subtitle">
              {t('advice.generalText')}
            </h3>
            <p class="advice-general-text" data-testid="advice-general-text">
              {advice.generalText}
            </p>
          </section>
        )
      )}
      {controls.submit && <SubmitAdvice advice={advice} late={!isOnTime(Date.now(), round.deadlineAt)} unsavedText={unsavedText} onSubmitted={onAdvice} />}
    </section>
  );
}
