/**
 * The lead's answer to one advice point: gevolgd, deels gevolgd or niet gevolgd (none chosen until
 * the lead chooses), an explanation
 * (required unless gevolgd), and the amendments and versions that carry it out. Opens with the
 * current answer when the lead revises one; what the lead typed stays when the server refuses.
 */
import { useRef, useState } from 'preact/hooks';
import type { Advice, AdvicePoint, AdvicePointLink } from '../../shared/api/advice.js';
import { ADVICE_ANSWERS, answerNeedsExplanation, type AdviceAnswer } from '../../shared/domain/adviceRules.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import { useFormSubmit } from '../useAsyncAction.js';
import { answerAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { ANSWER_KEYS } from './adviceText.js';
import { linkKey } from './answerLinks.js';

/** The answer a choice of the select names; null for "Kies…". */
function asAnswer(value: string): AdviceAnswer | null {
  return ADVICE_ANSWERS.find((answer) => answer === value) ?? null;
}

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
  // Nothing is chosen for a new answer: a preselected "gevolgd" was recorded by a lead who only meant to explain.
  const [answer, setAnswer] = useState<AdviceAnswer | null>(point.answer?.answer ?? null);
  const [explanation, setExplanation] = useState(point.answer?.explanation ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set((point.answer?.links ?? []).map(linkKey)));
  const choice = useRef<HTMLSelectElement | null>(null);
  const required = answer !== null && answerNeedsExplanation(answer);
  const form = useFormSubmit(
    async () => {
      if (answer === null) return;
      const links = options.filter((option) => chosen.has(linkKey(option))).map(({ kind, id }) => ({ kind, id }));
      onAnswered(await answerAdvicePoint(point.id, { answer, explanation: explanation.trim(), links }));
    },
    () => {
      if (answer === null) choice.current?.focus();
      return answer === null || (required && explanation.trim() === '');
    },
  );
  const answerMissing = form.missing && answer === null;
  const choiceErrorId = `${prefix}-answer-error`;

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };

  return (
    <form class="advice-answer-form" onSubmit={form.onSubmit} noValidate data-testid="advice-answer-form">
      <label for={`${prefix}-answer`}>{t('advice.answerTitle', { number: point.number })}</label>
      <select
        id={`${prefix}-answer`}
        ref={choice}
        value={answer ?? ''}
        aria-invalid={answerMissing}
        aria-describedby={answerMissing ? choiceErrorId : undefined}
        onChange={(event) => setAnswer(asAnswer(event.currentTarget.value))}
      >
        <option value="">{t('advice.chooseAnswer')}</option>
        {ADVICE_ANSWERS.map((option) => (
          <option key={option} value={option}>
            {t(ANSWER_KEYS[option])}
          </option>
        ))}
      </select>
      {answerMissing && (
        <p id={choiceErrorId} class="field-error" data-testid="advice-answer-missing">
          {t('advice.error.answerMissing')}
        </p>
      )}
      <TextAreaField
        id={`${prefix}-explanation`}
        label={required ? t('advice.explanationRequired') : t('advice.explanationOptional')}
        rows={4}
        maxLength={10_000}
        value={explanation}
        onInput={setExplanation}
        missing={form.missing && required && explanation.trim() === '' ? t('advice.error.explanationRequired') : null}
      />
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
      <FormError error={form.error} describe={adviceErrorMessage} testId="advice-answer-error" />
      <FormButtons
        class="advice-buttons"
        busy={form.busy}
        submit={t('advice.recordAnswer')}
        submitting={t('advice.answering')}
        cancel={t('advice.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
