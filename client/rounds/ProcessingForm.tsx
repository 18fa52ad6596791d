/**
 * The lead's processing of a submitted remark: verwerkt, deels verwerkt or niet verwerkt, with a
 * reason (required unless verwerkt, the same rule the server applies). It can be changed later.
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import { ITEM_PROCESSINGS, type ItemProcessing, processingNeedsReason } from '../../shared/domain/contributionRules.js';
import { useT } from '../i18n.js';
import { processItem } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { PROCESSING_KEYS } from './roundText.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of ProcessingForm. */
export interface ProcessingFormProps {
  item: ContributionItem;
  onProcessed: (contribution: Contribution) => void;
  /** Closes the form without a change (when it revises a recorded processing). */
  onCancel?: () => void;
}

/** The option a select reports, back as a processing. */
const asProcessing = (value: string): ItemProcessing => ITEM_PROCESSINGS.find((option) => option === value) ?? 'processed';

/** The form. */
export function ProcessingForm({ item, onProcessed, onCancel }: ProcessingFormProps) {
  const t = useT();
  const [processing, setProcessing] = useState<ItemProcessing>(item.processing?.processing ?? 'processed');
  const [reason, setReason] = useState(item.processing?.reason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = (field: string) => `process-${item.id}-${field}`;
  const needsReason = processingNeedsReason(processing);
  // Opened on request (to revise a recorded processing): focus it; shown with the page: leave focus be.
  const formRef = useFocusFirst<HTMLFormElement>(onCancel !== undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (needsReason && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    setBusy(true);
    setError(null);
    try {
      onProcessed(await processItem(item.id, { processing, reason: reason.trim() }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="processing-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('contribution.process.label')} data-testid="processing-form">
      <label for={id('choice')}>{t('contribution.process.choice')}</label>
      <select id={id('choice')} value={processing} onChange={(event) => setProcessing(asProcessing(event.currentTarget.value))}>
        {ITEM_PROCESSINGS.map((option) => (
          <option key={option} value={option}>
            {t(PROCESSING_KEYS[option])}
          </option>
        ))}
      </select>
      <label for={id('reason')}>{needsReason ? t('contribution.process.reasonRequired') : t('contribution.process.reasonOptional')}</label>
      <textarea id={id('reason')} rows={3} maxLength={5_000} value={reason} aria-invalid={reasonMissing} onInput={(event) => setReason(event.currentTarget.value)} />
      {reasonMissing && <p class="field-error">{t('contribution.process.reasonMissing')}</p>}
      {error !== null && (
        <p class="form-error" role="alert">
          {roundErrorMessage(error, t)}
        </p>
      )}
      <div class="form-buttons">
        {onCancel !== undefined && (
          <button type="button" class="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" class="button-primary" disabled={busy}>
          {item.processing === null ? t('contribution.process.record') : t('contribution.process.change')}
        </button>
      </div>
    </form>
  );
}
