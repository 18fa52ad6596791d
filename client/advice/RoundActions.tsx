/** The round's actions at the top of its page: "Verslag (DOCX)" once there is advice, and the lead's "Ronde afsluiten". */
import { useState } from 'preact/hooks';
import type { AdviceRoundSummary } from '../../shared/api/advice.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { adviceReportUrl, closeAdviceRound } from './adviceApi.js';
import type { AdviceControls } from './adviceControls.js';
import { adviceErrorMessage } from './adviceErrors.js';

/** Props of RoundActions. */
export interface RoundActionsProps {
  round: AdviceRoundSummary;
  controls: AdviceControls;
  onChanged: (round: AdviceRoundSummary) => void;
}

/** The actions; nothing when none is allowed. */
export function RoundActions({ round, controls, onChanged }: RoundActionsProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  if (!controls.report && !controls.close) return null;

  const close = () =>
    run(async () => {
      onChanged(await closeAdviceRound(round.id));
      setConfirming(false);
    });

  return (
    <div class="advice-round-actions">
      {controls.report && (
        <a class="button-secondary" href={adviceReportUrl(round.id)} download data-testid="advice-report">
          {t('advice.report')}
        </a>
      )}
      {controls.close &&
        (confirming ? (
          <div class="advice-confirm" role="group" aria-labelledby="advice-close-question">
            <span id="advice-close-question">{t('advice.closeQuestion')}</span>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('advice.cancel')}
            </button>
            <button type="button" class="button-danger" onClick={() => void close()} disabled={busy}>
              {t('advice.closeConfirm')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('advice.close')}
          </button>
        ))}
      <FormError error={error} describe={adviceErrorMessage} />
    </div>
  );
}
