/** Advice rounds as a list: the body, the document and version, the deadline with the time left, and where the advice stands. */
import type { AdviceRoundSummary } from '../../shared/api/advice.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../shared/format/dates.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { adviceRoundPath } from '../router.js';
import { useNow } from '../useNow.js';
import { ROUND_STATUS_KEYS, timeLeftText } from './adviceText.js';

/** Props of AdviceRoundList. */
export interface AdviceRoundListProps {
  rounds: readonly AdviceRoundSummary[];
  /** Short names of the documents, by id. */
  documentNames: ReadonlyMap<string, string>;
}

/** The list. */
export function AdviceRoundList({ rounds, documentNames }: AdviceRoundListProps) {
  const t = useT();
  const now = useNow();
  return (
    <ul class="advice-round-list" data-testid="advice-round-list">
      {rounds.map((round) => (
        <li key={round.id} class="advice-round-item" data-round-id={round.id}>
          <p class="advice-round-item-title">
            <Link href={adviceRoundPath(round.id)}>
              {t('advice.listTitle', { body: round.bodyName, document: documentNames.get(round.documentId) ?? round.documentId })}
            </Link>
            <span class={`status-badge advice-round-${round.status}`}>{t(ROUND_STATUS_KEYS[round.status])}</span>
          </p>
          <p class="advice-meta">
            {t('advice.listVersion', { name: round.versionName })}
            {' · '}
            {t('advice.listConsultation', { date: formatBelgianDate(round.consultationDate) })}
          </p>
          <p class="advice-meta">
            {t('advice.listDeadline', { date: formatBelgianDateTime(round.deadlineAt) })}
            {' · '}
            {round.adviceSubmittedAt === null
              ? timeLeftText(now, round.deadlineAt, t)
              : t('advice.submittedOn', { date: formatBelgianDateTime(round.adviceSubmittedAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
