/**
 * The lead's extension of one entity's deadline: a later Brussels date and time, and why. Recorded
 * by the server with who and when; the round page shows it beside the entity.
 */
import { useState } from 'preact/hooks';
import type { RoundSummary } from '../../shared/api/contributions.js';
import { localOfInstant } from '../../shared/domain/deadlines.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import { useFormSubmit } from '../useAsyncAction.js';
import { extendDeadline } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of ExtendDeadlineForm. */
export interface ExtendDeadlineFormProps {
  roundId: string;
  entityId: string;
  entityName: string;
  /** The deadline that holds now, to start the fields from. */
  deadlineAt: number;
  onExtended: (round: RoundSummary) => void;
  onCancel: () => void;
}

/** The form, open as long as it is rendered. */
export function ExtendDeadlineForm({ roundId, entityId, entityName, deadlineAt, onExtended, onCancel }: ExtendDeadlineFormProps) {
  const t = useT();
  const start = localOfInstant(deadlineAt);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [reason, setReason] = useState('');
  const id = (field: string) => `extend-${entityId}-${field}`;
  const formRef = useFocusFirst<HTMLFormElement>();
  const { busy, error, missing, onSubmit } = useFormSubmit(
    async () => onExtended(await extendDeadline(roundId, { entityId, deadline: { date, time }, reason: reason.trim() })),
    () => reason.trim() === '',
  );

  return (
    <form ref={formRef} class="extend-form" onSubmit={onSubmit} noValidate aria-label={t('round.extend.formLabel', { entity: entityName })}>
      <div class="inline-fields">
        <span>
          <label for={id('date')}>{t('round.deadlineDate')}</label>
          <input id={id('date')} type="date" value={date} onInput={(event) => setDate(event.currentTarget.value)} />
        </span>
        <span>
          <label for={id('time')}>{t('round.deadlineTime')}</label>
          <input id={id('time')} type="time" value={time} onInput={(event) => setTime(event.currentTarget.value)} />
        </span>
      </div>
      <TextAreaField
        id={id('reason')}
        label={t('round.extend.reason')}
        rows={2}
        maxLength={2_000}
        value={reason}
        onInput={setReason}
        missing={missing ? t('round.extend.reasonRequired') : null}
      />
      {/* A refusal of a deadline that is not later names the one that holds now. */}
      <FormError error={error} describe={(failure, translate) => roundErrorMessage(failure, translate, { deadlineAt })} />
      <FormButtons
        class="form-buttons"
        busy={busy}
        submit={t('round.extend.submit')}
        submitting={t('common.saving')}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
