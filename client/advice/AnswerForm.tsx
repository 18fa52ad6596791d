/**
 * The lead's answer to one advice point: gevolgd, deels gevolgd or niet gevolgd, an explanation
 * (required unless gevolgd), and the amendments and versions that carry it out. Opens with the
 * current answer when the lead revises one; what the lead typed stays when the server refuses.
 */
import { useState } from 'preact/hooks';
import type { Advice, AdvicePoint, AdvicePointLink } from '../../shared/api/advice.js';
import { ADVICE_ANSWERS, answerNeedsExplanation, type AdviceAnswer } from '../../shared/domain/adviceRules.js';
import { useT } from '../i18n.js';
import { answerAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { ANSWER_KEYS } from './adviceText.js';
import { linkKey } from './answerLinks.js';

/** Props of AnswerForm. */
export interface AnswerFormProps {
  point: AdvicePoint;
  /** The amendments and versions an answer may link to. */
  options: readonly AdvicePointLink[];
  /** Given the advice with the answered point. */
  onAnswered: (advice: Advice) => void;
  onCancel?: (() => void) | undefined;
}

/** The form. */
export function AnswerForm({ point, options, onAnswered, onCancel }: AnswerFormProps) {
  const t = useT();
  const prefix = `answer-${point.id}`;
  const [answer, setAnswer] = useState<AdviceAnswer>(point.answer?.answer ?? 'followed');
  const [explanation, setExplanation] = useState(point.answer?.explanation ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set((point.answer?.links ?? []).map(linkKey)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const required = answerNeedsExplanation(answer);

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (required && explanation.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const links = options.filter((option) => chosen.has(linkKey(option))).map(({ kind, id }) => ({ kind, id }));
      onAnswered(await answerAdvicePoint(point.id, { answer, explanation: explanation.trim(), links }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="advice-answer-form" onSubmit={(event) => void submit(event)} noValidate data-testid="advice-answer-form">
      <fieldset>
        <legend>{t('advice.answerTitle', { number: point.number })}</legend>
        {ADVICE_ANSWERS.map((option) => (
          <label key={option} class="radio">
            <input type="radio" name={`${prefix}-answer`} value={option} checked={answer === option} onChange={() => setAnswer(option)} />
            {t(ANSWER_KEYS[option])}
          </label>
        ))}
      </fieldset>
      <label for={`${prefix}-explanation`}>{required ? t('advice.explanationRequired') : t('advice.explanationOptional')}</label>
      <textarea
        id={`${prefix}-explanation`}
        rows={4}
        maxLength={10_000}
        value={explanation}
        aria-invalid={missing}
        onInput={(event) => setExplanation(event.currentTarget.value)}
      />
      {missing && <p class="field-error">{t('advice.error.explanationRequired')}</p>}
      {options.length > 0 && (
        <fieldset class="advice-answer-links">
          <legend>{t('advice.links')}</legend>
          {options.map((option) => {
            const key = linkKey(option);
            return (
              <label key={key} class="checkbox">
                <input type="checkbox" checked={chosen.has(key)} onChange={(event) => toggle(key, event.currentTarget.checked)} />
                {option.kind === 'version' ? t('advice.linkVersion', { name: option.label }) : option.label}
              </label>
            );
          })}
        </fieldset>
      )}
      {error !== null && (
        <p class="form-error" role="alert" data-testid="advice-answer-error">
          {adviceErrorMessage(error, t)}
        </p>
      )}
      <div class="advice-buttons">
        {onCancel !== undefined && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('advice.cancel')}
          </button>
        )}
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? t('advice.answering') : t('advice.recordAnswer')}
        </button>
      </div>
    </form>
  );
}
