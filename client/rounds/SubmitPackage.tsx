/**
 * "Insteek indienen": the coordinator submits the entity's package after a confirmation that names
 * how many items go out (dropped ones stay behind). A refusal after the deadline says when the
 * deadline was and that the lead can extend it; the package stays as it was.
 */
import { useState } from 'preact/hooks';
import type { Contribution } from '../../shared/api/contributions.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { submitContribution } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of SubmitPackage. */
export interface SubmitPackageProps {
  contributionId: string;
  entityName: string;
  keptItems: number;
  /** The deadline that holds for the entity, for the refusal's wording. */
  deadlineAt: number;
  /** Runs first: stores a cover note still being typed, so it goes out with the package. */
  beforeSubmit: () => Promise<void>;
  onSubmitted: (contribution: Contribution) => void;
}

/** The button, its confirmation and the server's answer. */
export function SubmitPackage({ contributionId, entityName, keptItems, deadlineAt, beforeSubmit, onSubmitted }: SubmitPackageProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const confirmRef = useFocusFirst<HTMLDivElement>(confirming);

  // Submitted or refused, the confirmation closes: the answer (or the refusal) is what the coordinator reads next.
  const submit = () =>
    run(async () => {
      try {
        await beforeSubmit();
        onSubmitted(await submitContribution(contributionId));
      } finally {
        setConfirming(false);
      }
    });

  return (
    <section class="submit-package" aria-labelledby="submit-package-title" data-testid="submit-package">
      <h2 id="submit-package-title">{t('contribution.submit.title')}</h2>
      {confirming ? (
        <div class="action confirm" role="group" aria-labelledby="submit-package-question" ref={confirmRef}>
          <p id="submit-package-question">
            {keptItems === 1
              ? t('contribution.submit.questionOne', { entity: entityName })
              : t('contribution.submit.question', { count: keptItems, entity: entityName })}
          </p>
          <button type="button" class="button-primary" disabled={busy} onClick={() => void submit()}>
            {t('contribution.submit.confirm')}
          </button>
          <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <>
          <p class="dialog-hint">{t('contribution.submit.hint')}</p>
          <button type="button" class="button-primary" onClick={() => setConfirming(true)}>
            {t('contribution.submit.button')}
          </button>
        </>
      )}
      <FormError error={error} describe={(failure, translate) => roundErrorMessage(failure, translate, { deadlineAt })} testId="submit-error" />
    </section>
  );
}
