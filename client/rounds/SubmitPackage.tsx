/**
 * "Insteek indienen": the coordinator submits the entity's package after a confirmation that names
 * how many items go out, the dropped ones that stay behind and the amendments submitted with it.
 * While nothing would go out it says so instead of offering the button. Once the deadline has passed
 * by the browser's clock it says so up front and still offers the button, because that clock may be
 * wrong and the server's decides: a refusal says when the deadline was and that the lead can extend
 * it; the package stays as it was.
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { useNow } from '../useNow.js';
import { submitContribution } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { submissionSummary, submitBlocker } from './submission.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of SubmitPackage. */
export interface SubmitPackageProps {
  contributionId: string;
  entityName: string;
  items: readonly ContributionItem[];
  /** The deadline that holds for the entity (an extension included). */
  deadlineAt: number;
  /** Runs first: stores a cover note still being typed, so it goes out with the package. */
  beforeSubmit: () => Promise<void>;
  onSubmitted: (contribution: Contribution) => void;
}

/** The button, its confirmation and the server's answer. */
export function SubmitPackage({ contributionId, entityName, items, deadlineAt, beforeSubmit, onSubmitted }: SubmitPackageProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const confirmRef = useFocusFirst<HTMLDivElement>(confirming);
  const summary = submissionSummary(items);
  const blocker = submitBlocker(summary.kept, deadlineAt, useNow());

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
      {blocker !== null && (
        <p class="submit-blocked" data-testid="submit-blocked" data-blocker={blocker}>
          {blocker === 'late' ? t('contribution.submit.late', { at: formatBelgianDateTime(deadlineAt) }) : t('contribution.submit.empty')}
        </p>
      )}
      {/* A late package keeps its button: the browser's clock may be wrong, the server's decides. */}
      {blocker === 'empty' ? null : confirming ? (
        <div class="action confirm" role="group" aria-labelledby="submit-package-question" aria-describedby="submit-package-details" ref={confirmRef}>
          <p id="submit-package-question">
            {summary.kept === 1
              ? t('contribution.submit.questionOne', { entity: entityName })
              : t('contribution.submit.question', { count: summary.kept, entity: entityName })}
          </p>
          <div id="submit-package-details" class="submit-details">
            {summary.amendments.length > 0 && (
              <p data-testid="submit-amendments">{t('contribution.submit.amendmentsGo', { items: summary.amendments.join(', ') })}</p>
            )}
            {summary.dropped.length > 0 && (
              <p data-testid="submit-dropped">{t('contribution.submit.droppedStay', { items: summary.dropped.join(', ') })}</p>
            )}
          </div>
          <button type="button" class="button-primary" disabled={busy} onClick={() => void submit()}>
            {t('contribution.submit.confirm')}
          </button>
          <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <>
          {blocker === null && <p class="dialog-hint">{t('contribution.submit.hint')}</p>}
          <button type="button" class="button-primary" onClick={() => setConfirming(true)}>
            {t('contribution.submit.button')}
          </button>
        </>
      )}
      <FormError error={error} describe={(failure, translate) => roundErrorMessage(failure, translate, { deadlineAt })} testId="submit-error" />
    </section>
  );
}
