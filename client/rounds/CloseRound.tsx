/**
 * The lead closes a round after confirming: nothing more can be submitted, processing goes on. The
 * confirmation names the invited entities that have not submitted and how long their deadline still runs.
 */
import { useState } from 'preact/hooks';
import type { InvitedEntity, RoundSummary } from '../../shared/api/contributions.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { useNow } from '../useNow.js';
import { closeRound } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { timeLeftText } from './timeLeft.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of CloseRound. */
export interface CloseRoundProps {
  roundId: string;
  /** The invited entities, as the lead sees them. */
  entities: readonly InvitedEntity[];
  onClosed: (round: RoundSummary) => void;
}

/** The button and its confirmation. */
export function CloseRound({ roundId, entities, onClosed }: CloseRoundProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const confirmRef = useFocusFirst<HTMLDivElement>(confirming);
  const now = useNow();
  const pending = entities.filter((entity) => entity.submittedAt === null);

  const close = () =>
    run(async () => {
      const closed = await closeRound(roundId);
      setConfirming(false);
      onClosed(closed);
    });

  return (
    <div class="close-round">
      {confirming ? (
        <div class="action confirm" role="group" aria-labelledby="close-round-question" aria-describedby="close-round-pending" ref={confirmRef}>
          <p id="close-round-question">{t('round.close.question')}</p>
          <div id="close-round-pending" class="close-round-pending" data-testid="close-round-pending">
            {pending.length === 0 ? (
              <p>{t('round.close.allSubmitted')}</p>
            ) : (
              <>
                <p>{t('round.close.pending')}</p>
                <ul>
                  {pending.map((entity) => (
                    <li key={entity.entityId} data-entity-id={entity.entityId}>
                      {t('round.close.pendingEntity', { entity: entity.entityName, left: timeLeftText(now, entity.deadlineAt, t) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
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
