/**
 * One advice point in the round page's list: its number, the passage it quotes (or "algemeen"),
 * whether that passage has changed in the text since, its text and author, and the lead's answer.
 * While the advice is a draft its advisers edit or delete it here; once it is submitted the
 * document's lead answers it here.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Advice, AdvicePoint, AdvicePointLink } from '../../shared/api/advice.js';
import type { AdviceStatus } from '../../shared/domain/adviceRules.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { deleteAdvicePoint, updateAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { passageNowKey, pointStateClass, pointStateKey } from './adviceText.js';
import { AnswerForm } from './AnswerForm.js';
import { AnswerView } from './AnswerView.js';

/** Props of AdvicePointCard. */
export interface AdvicePointCardProps {
  point: AdvicePoint;
  adviceStatus: AdviceStatus;
  /** "2. Title" of the point's section, or null. */
  sectionName: string | null;
  focused: boolean;
  editable: boolean;
  answerable: boolean;
  linkOptions: readonly AdvicePointLink[];
  onFocus: () => void;
  /** Given the advice after an edit, a deletion (points renumbered) or an answer. */
  onChanged: (advice: Advice) => void;
}

/** The card. */
export function AdvicePointCard(props: AdvicePointCardProps) {
  const { point, adviceStatus, sectionName, focused, editable, answerable, linkOptions, onFocus, onChanged } = props;
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [revising, setRevising] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const cardRef = useRef<HTMLLIElement | null>(null);
  // A passage clicked in the text brings its point into view.
  useEffect(() => {
    if (focused) cardRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focused]);
  const passageKey = adviceStatus === 'submitted' ? passageNowKey(point.passageNow) : null;
  const bodyId = `advice-point-body-${point.id}`;

  const save = (event: Event) => {
    event.preventDefault();
    if (editing === null || editing.trim() === '') return;
    void run(async () => {
      onChanged(await updateAdvicePoint(point.id, editing.trim()));
      setEditing(null);
    });
  };

  return (
    <li
      ref={cardRef}
      class={`advice-point${focused ? ' is-focused' : ''} ${pointStateClass(point)}`}
      data-point-id={point.id}
      data-point-number={point.number}
      aria-labelledby={`advice-point-title-${point.id}`}
    >
      <p class="advice-point-head">
        <span id={`advice-point-title-${point.id}`} class="advice-point-number">
          {t('advice.pointNumber', { number: point.number })}
        </span>
        <span class="advice-point-state" data-testid="advice-point-state">
          {t(pointStateKey(point, adviceStatus))}
        </span>
      </p>
      {point.quote === null ? (
        <p class="advice-point-general">{sectionName === null ? t('advice.generalPoint') : t('advice.generalPointIn', { section: sectionName })}</p>
      ) : (
        <div class="advice-quote-row">
          <blockquote class="passage-quote advice-quote" data-testid="advice-quote">
            {point.quote}
          </blockquote>
          <button type="button" class="advice-show-passage" onClick={onFocus} aria-label={t('advice.showPassageOf', { number: point.number })}>
            {t('advice.showPassage')}
          </button>
        </div>
      )}
      {passageKey !== null && (
        <p class={`advice-passage-now advice-passage-${point.passageNow ?? ''}`} data-testid="advice-passage-now">
          {t(passageKey)}
        </p>
      )}
      {editing === null ? (
        <p class="advice-point-body" id={bodyId}>
          {point.body}
        </p>
      ) : (
        <form class="advice-point-edit" onSubmit={save} noValidate>
          <label for={`${bodyId}-edit`}>{t('advice.pointText')}</label>
          <textarea id={`${bodyId}-edit`} rows={4} maxLength={20_000} value={editing} onInput={(event) => setEditing(event.currentTarget.value)} />
          <div class="advice-buttons">
            <button type="button" onClick={() => setEditing(null)} disabled={busy}>
              {t('advice.cancel')}
            </button>
            <button type="submit" class="button-primary" disabled={busy || editing.trim() === ''}>
              {t('advice.save')}
            </button>
          </div>
        </form>
      )}
      <p class="advice-meta">{point.authorName}</p>
      {editable && editing === null && (
        <div class="advice-buttons">
          {confirmingDelete ? (
            <div role="group" aria-label={t('advice.deleteQuestion', { number: point.number })} class="advice-confirm">
              <span>{t('advice.deleteQuestion', { number: point.number })}</span>
              <button type="button" onClick={() => setConfirmingDelete(false)} disabled={busy}>
                {t('advice.cancel')}
              </button>
              <button
                type="button"
                class="button-danger"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    onChanged(await deleteAdvicePoint(point.id));
                  })
                }
              >
                {t('advice.deleteConfirm')}
              </button>
            </div>
          ) : (
            <>
              <button type="button" onClick={() => setEditing(point.body)} aria-label={t('advice.editPoint', { number: point.number })}>
                {t('advice.edit')}
              </button>
              <button type="button" onClick={() => setConfirmingDelete(true)} aria-label={t('advice.deletePoint', { number: point.number })}>
                {t('advice.delete')}
              </button>
            </>
          )}
        </div>
      )}
      {point.answer !== null && !revising && <AnswerView answer={point.answer} />}
      {answerable && (point.answer === null || revising) && (
        <AnswerForm
          point={point}
          options={linkOptions}
          onCancel={point.answer === null ? undefined : () => setRevising(false)}
          onAnswered={(answered) => {
            setRevising(false);
            onChanged(answered);
          }}
        />
      )}
      {answerable && point.answer !== null && !revising && (
        <div class="advice-buttons">
          <button type="button" onClick={() => setRevising(true)} aria-label={t('advice.reviseAnswerOf', { number: point.number })}>
            {t('advice.reviseAnswer')}
          </button>
        </div>
      )}
      <FormError error={error} describe={adviceErrorMessage} />
    </li>
  );
}
