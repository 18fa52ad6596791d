/**
 * What an advice round is: the question, the advisory body, the version under advice, the
 * consultation date (27/02/2026), the deadline for written advice (09/09/2025 17:00, Brussels) with
 * the time left, and where the round and the advice stand.
 */
import type { AdviceRoundSummary } from '../../shared/api/advice.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../shared/format/dates.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { useNow } from '../useNow.js';
import { versionPath } from '../versions/versionPaths.js';
import { ROUND_STATUS_KEYS, timeLeftText } from './adviceText.js';

/** Props of RoundFacts. */
export interface RoundFactsProps {
  round: AdviceRoundSummary;
}

/** The facts. */
export function RoundFacts({ round }: RoundFactsProps) {
  const t = useT();
  const now = useNow();
  return (
    <dl class="advice-facts" data-testid="advice-round-facts">
      <div class="advice-question">
        <dt>{t('advice.question')}</dt>
        <dd data-testid="advice-question">{round.question}</dd>
      </div>
      <div>
        <dt>{t('advice.body')}</dt>
        <dd>{round.bodyName}</dd>
      </div>
      <div>
        <dt>{t('advice.version')}</dt>
        <dd data-testid="advice-version-name">
          <Link href={versionPath(round.versionId)}>{round.versionName}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('advice.consultationDate')}</dt>
        <dd data-testid="advice-consultation-date">{formatBelgianDate(round.consultationDate)}</dd>
      </div>
      <div>
        <dt>{t('advice.deadline')}</dt>
        <dd data-testid="advice-deadline">{formatBelgianDateTime(round.deadlineAt)}</dd>
      </div>
      <div>
        <dt>{t('advice.timeLeft')}</dt>
        <dd data-testid="advice-time-left">{round.adviceSubmittedAt === null ? timeLeftText(now, round.deadlineAt, t) : t('advice.timeLeft.submitted')}</dd>
      </div>
      <div>
        <dt>{t('advice.roundStatus')}</dt>
        <dd data-testid="advice-round-status">
          {t(ROUND_STATUS_KEYS[round.status])}
          {' · '}
          {round.adviceSubmittedAt === null ? t('advice.notSubmittedYet') : t('advice.submittedOn', { date: formatBelgianDateTime(round.adviceSubmittedAt) })}
        </dd>
      </div>
    </dl>
  );
}
