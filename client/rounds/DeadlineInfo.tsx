/** A deadline as Belgians write it, in Brussels time, with the time left beside it. */
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { useT } from '../i18n.js';
import { useNow } from '../useNow.js';
import { deadlineIsNear, timeLeftParts, timeLeftText } from './timeLeft.js';

/** Props of DeadlineInfo. */
export interface DeadlineInfoProps {
  deadlineAt: number;
  /** A label other than "Termijn". */
  label?: string;
}

/** "Termijn: 09/09/2025 17:00 · nog 2 dagen 3 uur". */
export function DeadlineInfo({ deadlineAt, label }: DeadlineInfoProps) {
  const t = useT();
  const now = useNow();
  const left = timeLeftText(now, deadlineAt, t);
  const state = timeLeftParts(now, deadlineAt).passed ? 'passed' : deadlineIsNear(now, deadlineAt) ? 'near' : 'open';
  return (
    <p class="deadline-info" data-testid="deadline-info">
      <span class="deadline-label">{label ?? t('round.deadline')}</span>{' '}
      <time dateTime={new Date(deadlineAt).toISOString()} data-testid="deadline">
        {formatBelgianDateTime(deadlineAt)}
      </time>
      <span class={`time-left time-left-${state}`} data-testid="time-left">
        {left}
      </span>
    </p>
  );
}
