/**
 * What the user may do with the amendment now, as the server's `may` says: submit it (its entity's
 * coordinator), withdraw it (its author or coordinator, after confirming), decide it (the lead).
 * While an open contribution round holds the draft, a note says it goes in with the entity's
 * package (already one of its items, or to be added to it, by when) and links to the package.
 */
import { useState } from 'preact/hooks';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { useT } from '../i18n.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { submitAmendment, withdrawAmendment } from './amendmentApi.js';
import { amendmentErrorMessage } from './amendmentErrors.js';
import { DecisionForm } from './DecisionForm.js';
import { Link } from '../components/Link.js';
import { contributionPath } from '../router.js';

/** Props of AmendmentActions. */
export interface AmendmentActionsProps {
  amendment: AmendmentDetail;
  saveStatus: SaveStatus;
  onChanged: (amendment: AmendmentDetail) => void;
}

/** The buttons (and the decision form) allowed now; nothing when nothing is allowed. */
export function AmendmentActions({ amendment, saveStatus, onChanged }: AmendmentActionsProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const { may, heldBy } = amendment;
  if (!may.submit && !may.withdraw && !may.decide && !heldBy) return null;

  const run = async (action: () => Promise<AmendmentDetail>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action());
      setConfirmingWithdraw(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const waitingForSave = saveStatus === 'saving';

  return (
    <section class="amendment-actions" aria-labelledby="amendment-actions-title">
      <h3 id="amendment-actions-title">{t('amendment.actions')}</h3>
      {heldBy && (
        <p class="dialog-hint" data-testid="held-by-contribution">
          {heldBy.item
            ? t('amendment.heldByContribution', { round: heldBy.roundTitle })
            : t('amendment.heldByRound', { round: heldBy.roundTitle, deadline: formatBelgianDateTime(heldBy.deadlineAt) })}{' '}
          <Link href={contributionPath(heldBy.contributionId)}>{t('amendment.openContribution')}</Link>
        </p>
      )}
      {may.submit && (
        <div class="action">
          <p class="dialog-hint">{t('amendment.submitHint')}</p>
          <button
            type="button"
            class="button-primary"
            disabled={busy || waitingForSave}
            onClick={() => void run(() => submitAmendment(amendment.id))}
          >
            {t('amendment.submit')}
          </button>
        </div>
      )}
      {may.withdraw &&
        (confirmingWithdraw ? (
          <div class="action confirm" role="group" aria-labelledby="withdraw-question">
            <p id="withdraw-question">{t('amendment.withdrawQuestion')}</p>
            <button type="button" class="button-danger" disabled={busy} onClick={() => void run(() => withdrawAmendment(amendment.id))}>
              {t('amendment.withdrawConfirm')}
            </button>
            <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirmingWithdraw(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <div class="action">
            <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirmingWithdraw(true)}>
              {t('amendment.withdraw')}
            </button>
          </div>
        ))}
      {error !== null && (
        <p class="form-error" role="alert" data-testid="action-error">
          {amendmentErrorMessage(error, t)}
        </p>
      )}
      {may.decide && <DecisionForm amendment={amendment} saveStatus={saveStatus} onDecided={onChanged} />}
    </section>
  );
}
