/**
 * The lead's extension of one entity's deadline: a later Brussels date and time, and why. Recorded
 * by the server with who and when; the round page shows it beside the entity.
 */
import { useState } from 'preact/hooks';
import type { RoundSummary } from '../../shared/api/contributions.js';
import { localOfInstant } from '../../shared/domain/deadlines.js';
import { useT } from '../i18n.js';
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
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = (field: string) => `extend-${entityId}-${field}`;
  const formRef = useFocusFirst<HTMLFormElement>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    setBusy(true);
    setError(null);
    try {
      onExtended(await extendDeadline(roundId, { entityId, deadline: { date, time }, reason: reason.trim() }));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="extend-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('round.extend.formLabel', { entity: entityName })}>
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
      <label for={id('reason')}>{t('round.extend.reason')}</label>
      <textarea id={id('reason')} rows={2} maxLength={2_000} value={reason} aria-invalid={reasonMissing} onInput={(event) => setReason(event.currentTarget.value)} />
      {reasonMissing && <p class="field-error">{t('round.extend.reasonRequired')}</p>}
      {error !== null && (
        <p class="form-error" role="alert">
          {roundErrorMessage(error, t)}
        </p>
      )}
      <div class="form-buttons">
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button-primary" disabled={busy}>
          {t('round.extend.submit')}
        </button>
      </div>
    </form>
  );
}
