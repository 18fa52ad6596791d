/**
 * The lead's processing of a submitted remark: verwerkt, deels verwerkt or niet verwerkt, with a
 * reason (required unless verwerkt, the same rule the server applies). It can be changed later. A
 * first processing starts with nothing chosen: a decision is never recorded by default.
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import { ITEM_PROCESSINGS, type ItemProcessing, processingNeedsReason } from '../../shared/domain/contributionRules.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import { useUnsavedChanges } from '../unsavedChanges.js';
import { useFormSubmit } from '../useAsyncAction.js';
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

/** The option a select reports, back as a processing; null for "Kies…". */
const asProcessing = (value: string): ItemProcessing | null => ITEM_PROCESSINGS.find((option) => option === value) ?? null;

/** The form. */
export function ProcessingForm({ item, onProcessed, onCancel }: ProcessingFormProps) {
  const t = useT();
  const [processing, setProcessing] = useState<ItemProcessing | null>(item.processing?.processing ?? null);
  const [reason, setReason] = useState(item.processing?.reason ?? '');
  const id = (field: string) => `process-${item.id}-${field}`;
  const needsReason = processing !== null && processingNeedsReason(processing);
  const reasonMissing = needsReason && reason.trim() === '';
  useUnsavedChanges(reason.trim() !== (item.processing?.reason ?? ''));
  // Opened on request (to revise a recorded processing): focus it; shown with the page: leave focus be.
  const formRef = useFocusFirst<HTMLFormElement>(onCancel !== undefined);
  const { busy, error, missing, onSubmit } = useFormSubmit(
    async () => {
      if (processing !== null) onProcessed(await processItem(item.id, { processing, reason: reason.trim() }));
    },
    () => processing === null || reasonMissing,
  );
  // Each sentence shows while its own field is still wrong; the other's fix does not hide it.
  const choiceMissing = missing && processing === null;

  return (
    <form ref={formRef} class="processing-form" onSubmit={onSubmit} noValidate aria-label={t('contribution.process.label')} data-testid="processing-form">
      <label for={id('choice')}>{t('contribution.process.choice')}</label>
      <select
        id={id('choice')}
        value={processing ?? ''}
        aria-invalid={choiceMissing}
        aria-describedby={choiceMissing ? id('choice-error') : undefined}
        onChange={(event) => setProcessing(asProcessing(event.currentTarget.value))}
      >
        <option value="">{t('contribution.process.choose')}</option>
        {ITEM_PROCESSINGS.map((option) => (
          <option key={option} value={option}>
            {t(PROCESSING_KEYS[option])}
          </option>
        ))}
      </select>
      {choiceMissing && (
        <p id={id('choice-error')} class="field-error">
          {t('contribution.process.choiceMissing')}
        </p>
      )}
      <TextAreaField
        id={id('reason')}
        label={needsReason ? t('contribution.process.reasonRequired') : t('contribution.process.reasonOptional')}
        rows={3}
        maxLength={5_000}
        value={reason}
        onInput={setReason}
        missing={missing && reasonMissing ? t('contribution.process.reasonMissing') : null}
      />
      <FormError error={error} describe={roundErrorMessage} />
      <FormButtons
        class="form-buttons"
        busy={busy}
        submit={item.processing === null ? t('contribution.process.record') : t('contribution.process.change')}
        submitting={t('common.saving')}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
