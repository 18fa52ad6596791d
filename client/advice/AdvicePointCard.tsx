/**
 * One advice point in the round page's list: its number, the passage it quotes (or "algemeen"),
 * whether that passage has changed in the text since, its text and author, and the lead's answer.
 * While the advice is a draft its advisers edit or delete it here (a save over a colleague's newer
 * text is refused and shows both, the adviser's kept in the box); once it is submitted the
 * document's lead answers it here.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Advice, AdvicePoint, AdvicePointLink } from '../../shared/api/advice.js';
import type { AdviceStatus } from '../../shared/domain/adviceRules.js';
import { ApiError } from '../api.js';
import { isEditedMeanwhile, type StampedText } from '../coEditedText.js';
import { EditedMeanwhile } from '../components/EditedMeanwhile.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { useCoEditedText } from '../useCoEditedText.js';
import { deleteAdvicePoint, fetchAdvice, updateAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { editedMeanwhileLabels, passageNowKey, pointStateClass, pointStateKey } from './adviceText.js';
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

/** The text of point `pointId` in `advice`, with its stamp; a point deleted meanwhile is said to be gone. */
function pointText(advice: Advice, pointId: string): StampedText {
  const point = advice.points.find((candidate) => candidate.id === pointId);
  if (point === undefined) throw new ApiError(404, 'point_missing', 'This point is gone.');
  return { text: point.body, updatedAt: point.updatedAt };
}

/** The card. */
export function AdvicePointCard(props: AdvicePointCardProps) {
  const { point, adviceStatus, sectionName, focused, editable, answerable, linkOptions, onFocus, onChanged } = props;
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [revising, setRevising] = useState(false);
  const { busy, error, run, fail } = useAsyncAction();
  // Both requests hand the whole advice to the list: a colleague's changes show up at once.
  const field = useCoEditedText(
    { text: point.body, updatedAt: point.updatedAt },
    async (text, expectedUpdatedAt) => {
      const answer = await updateAdvicePoint(point.id, text.trim(), expectedUpdatedAt);
      onChanged(answer);
      return pointText(answer, point.id);
    },
    async () => {
      const now = await fetchAdvice(point.adviceId);
      onChanged(now);
      return pointText(now, point.id);
    },
  );
  const cardRef = useRef<HTMLLIElement | null>(null);
  // A passage clicked in the text brings its point into view.
  useEffect(() => {
    if (focused) cardRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focused]);
  const passageKey = adviceStatus === 'submitted' ? passageNowKey(point.passageNow) : null;
  const bodyId = `advice-point-body-${point.id}`;

  const save = (event: Event) => {
    event.preventDefault();
    if (field.text.trim() === '') return;
    void run(async () => {
      await field.save();
      setEditing(false);
    });
  };
  /** Opens or closes the box on the stored text. */
  const edit = (open: boolean) => {
    field.reset();
    fail(null);
    setEditing(open);
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
      {!editing ? (
        <p class="advice-point-body" id={bodyId}>
          {point.body}
        </p>
      ) : (
        <form class="advice-point-edit" onSubmit={save} noValidate>
          <label for={`${bodyId}-edit`}>{t('advice.pointText')}</label>
          <textarea id={`${bodyId}-edit`} rows={4} maxLength={20_000} value={field.text} onInput={(event) => field.setText(event.currentTarget.value)} />
          {field.theirs !== null && (
            <EditedMeanwhile
              id={bodyId}
              theirs={field.theirs}
              labels={editedMeanwhileLabels(t)}
              busy={busy}
              onTakeTheirs={() => {
                fail(null);
                field.takeTheirs();
              }}
            />
          )}
          <div class="advice-buttons">
            <button type="button" onClick={() => edit(false)} disabled={busy}>
              {t('advice.cancel')}
            </button>
            <button type="submit" class="button-primary" disabled={busy || field.text.trim() === ''}>
              {field.theirs !== null ? t('advice.edited.keepMine') : t('advice.save')}
            </button>
          </div>
        </form>
      )}
      <p class="advice-meta">{point.authorName}</p>
      {editable && !editing && (
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
              <button type="button" onClick={() => edit(true)} aria-label={t('advice.editPoint', { number: point.number })}>
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
      {/* The notice in the box says it all for a colleague's save; any other refusal is said here. */}
      {!(field.theirs !== null && isEditedMeanwhile(error)) && <FormError error={error} describe={adviceErrorMessage} />}
    </li>
  );
}
