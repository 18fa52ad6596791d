/** The lead closes a round after confirming: nothing more can be submitted, processing goes on. */
import { useState } from 'preact/hooks';
import type { RoundSummary } from '../../shared/api/contributions.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { closeRound } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of CloseRound. */
export interface CloseRoundProps {
  roundId: string;
  onClosed: (round: RoundSummary) => void;
}

/** The button and its confirmation. */
export function CloseRound({ roundId, onClosed }: CloseRoundProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const confirmRef = useFocusFirst<HTMLDivElement>(confirming);

  const close = () =>
    run(async () => {
      const closed = await closeRound(roundId);
      setConfirming(false);
      onClosed(closed);
    });

  return (
    <div class="close-round">
      {confirming ? (
        <div class="action confirm" role="group" aria-labelledby="close-round-question" ref={confirmRef}>
          <p id="close-round-question">{t('round.close.question')}</p>
          <button type="button" class="button-danger" disabled={busy} onClick={() => void close()}>
            {t('round.close.confirm')}
          </button>
          <button type="button" class="button-secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button-secondary" onClick={() => setConfirming(true)}>
          {t('round.close.button')}
        </button>
      )}
      <FormError error={error} describe={roundErrorMessage} />
    </div>
  );
}
