/**
 * The lead's decision on a submitted amendment: aanvaard, aanvaard mits wijziging (after adjusting
 * the text in the editor) or verworpen, the last two with a reason. The server checks again and
 * explains a mismatch (text adjusted but "aanvaard" chosen, or the reverse); its answer is shown
 * beside the form, which keeps what the lead typed.
 */
import { useState } from 'preact/hooks';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { AMENDMENT_DECISIONS, type AmendmentDecision } from '../../shared/domain/amendmentRules.js';
import { useT } from '../i18n.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { decideAmendment } from './amendmentApi.js';
import { amendmentErrorMessage } from './amendmentErrors.js';
import { STATUS_KEYS } from './amendmentText.js';

/** Props of DecisionForm. */
export interface DecisionFormProps {
  amendment: AmendmentDetail;
  /** The editor's save status: a decision waits until the lead's adjustments are stored. */
  saveStatus: SaveStatus;
  onDecided: (amendment: AmendmentDetail) => void;
}

const needsReason = (decision: AmendmentDecision) => decision !== 'accepted';

/** The form. */
export function DecisionForm({ amendment, saveStatus, onDecided }: DecisionFormProps) {
  const t = useT();
  const [decision, setDecision] = useState<AmendmentDecision>('accepted');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const unsaved = saveStatus === 'saving' || saveStatus === 'offline' || saveStatus === 'connecting';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (needsReason(decision) && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    setBusy(true);
    setError(null);
    try {
      onDecided(await decideAmendment(amendment.id, { decision, reason: reason.trim() }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="decision-form" onSubmit={(event) => void submit(event)} noValidate data-testid="decision-form">
      <fieldset>
        <legend>{t('decision.title')}</legend>
        {AMENDMENT_DECISIONS.map((option) => (
          <label key={option} class="radio">
            <input
              type="radio"
              name="decision"
              value={option}
              checked={decision === option}
              onChange={() => setDecision(option)}
            />
            {t(STATUS_KEYS[option])}
          </label>
        ))}
      </fieldset>
      {decision === 'accepted_modified' && <p class="dialog-hint">{t('decision.modifiedHint')}</p>}
      <label for="decision-reason">{needsReason(decision) ? t('decision.reasonRequired') : t('decision.reasonOptional')}</label>
      <textarea
        id="decision-reason"
        rows={4}
        maxLength={5_000}
        value={reason}
        aria-invalid={reasonMissing}
        onInput={(event) => setReason(event.currentTarget.value)}
      />
      {reasonMissing && <p class="field-error">{t('amendmentError.reasonRequired')}</p>}
      {unsaved && <p class="dialog-hint">{t('decision.waitForSave')}</p>}
      {error !== null && (
        <p class="form-error" role="alert" data-testid="decision-error">
          {amendmentErrorMessage(error, t)}
        </p>
      )}
      <button type="submit" class="button-primary" disabled={busy || unsaved}>
        {busy ? t('decision.recording') : t('decision.record')}
      </button>
    </form>
  );
}
