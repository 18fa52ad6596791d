/**
 * The lead's decision on a submitted amendment: aanvaard, aanvaard mits wijziging (after adjusting
 * the text in the editor) or verworpen, the last two with a reason. The server checks again and
 * explains a mismatch (text adjusted but "aanvaard" chosen, or the reverse); its answer is shown
 * beside the form, which keeps what the lead typed.
 */
import { useState } from 'preact/hooks';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { AMENDMENT_DECISIONS, type AmendmentDecision } from '../../shared/domain/amendmentRules.js';
import { FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { useFormSubmit } from '../useAsyncAction.js';
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
  const unsaved = saveStatus === 'saving' || saveStatus === 'offline' || saveStatus === 'connecting';
  const { busy, error, missing, onSubmit } = useFormSubmit(
    async () => onDecided(await decideAmendment(amendment.id, { decision, reason: reason.trim() })),
    () => needsReason(decision) && reason.trim() === '',
  );

  return (
    <form class="decision-form" onSubmit={onSubmit} noValidate data-testid="decision-form">
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
      <TextAreaField
        id="decision-reason"
        label={needsReason(decision) ? t('decision.reasonRequired') : t('decision.reasonOptional')}
        rows={4}
        maxLength={5_000}
        value={reason}
        onInput={setReason}
        missing={missing ? t('amendmentError.reasonRequired') : null}
      />
      {unsaved && <p class="dialog-hint">{t('decision.waitForSave')}</p>}
      <FormError error={error} describe={amendmentErrorMessage} testId="decision-error" />
      <button type="submit" class="button-primary" disabled={busy || unsaved}>
        {busy ? t('decision.recording') : t('decision.record')}
      </button>
    </form>
  );
}
