/**
 * "Advies indienen": submits the body's advice as a whole, after a confirmation that says what
 * happens (the points and the general text become visible to the dossier and can no longer change).
 * An unsaved general text must be saved first, so nothing typed is left out without notice.
 */
import { useState } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { submitAdvice } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';

/** Props of SubmitAdvice. */
export interface SubmitAdviceProps {
  advice: Advice;
  late: boolean;
  /** The general text field holds a change not yet saved. */
  unsavedText: boolean;
  onSubmitted: (advice: Advice) => void;
}

/** The button and its confirmation. */
export function SubmitAdvice({ advice, late, unsavedText, onSubmitted }: SubmitAdviceProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const empty = advice.points.length === 0 && advice.generalText.trim() === '';

  const submit = () =>
    run(async () => {
      onSubmitted(await submitAdvice(advice.id));
      setConfirming(false);
    });

  return (
    <section class="advice-submit" aria-labelledby="advice-submit-title">
      <h3 id="advice-submit-title">{t('advice.submitTitle')}</h3>
      <p class="dialog-hint">{empty ? t('advice.submitEmpty') : t('advice.submitHint', { count: advice.points.length })}</p>
      {late && <p class="advice-late-hint">{t('advice.submitLate')}</p>}
      {unsavedText && <p class="field-error">{t('advice.submitUnsaved')}</p>}
      {confirming ? (
        <div class="advice-confirm" role="group" aria-labelledby="advice-submit-question">
          <p id="advice-submit-question">{t('advice.submitQuestion', { body: advice.entityName })}</p>
          <div class="advice-buttons">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('advice.cancel')}
            </button>
            <button type="button" class="button-primary" onClick={() => void submit()} disabled={busy || unsavedText}>
              {busy ? t('advice.submitting') : t('advice.submitConfirm')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button-primary" onClick={() => setConfirming(true)} disabled={empty || unsavedText}>
          {t('advice.submit')}
        </button>
      )}
      <FormError error={error} describe={adviceErrorMessage} testId="advice-submit-error" />
    </section>
  );
}
