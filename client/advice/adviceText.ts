/** Words about advice, in the interface language: a point's state, its passage now, the time left. */
import type { AdvicePoint, PassageState } from '../../shared/api/advice.js';
import type { AdviceAnswer, AdviceRoundStatus, AdviceStatus } from '../../shared/domain/adviceRules.js';
import { timeLeft } from '../../shared/domain/deadlines.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import type { Translate } from '../i18n.js';

/** The message key of each answer: gevolgd, deels gevolgd, niet gevolgd. */
export const ANSWER_KEYS: Record<AdviceAnswer, MessageKey> = {
  followed: 'advice.answer.followed',
  partly_followed: 'advice.answer.partly_followed',
  not_followed: 'advice.answer.not_followed',
};

/** The message key of each round status. */
export const ROUND_STATUS_KEYS: Record<AdviceRoundStatus, MessageKey> = {
  open: 'advice.round.status.open',
  closed: 'advice.round.status.closed',
};

/** The message key of each advice status. */
export const ADVICE_STATUS_KEYS: Record<AdviceStatus, MessageKey> = {
  draft: 'advice.status.draft',
  submitted: 'advice.status.submitted',
};

/** What has become of a point: its answer, "nog niet beantwoord" once submitted, "ontwerp" before. */
export function pointStateKey(point: Pick<AdvicePoint, 'answer'>, adviceStatus: AdviceStatus): MessageKey {
  if (point.answer !== null) return ANSWER_KEYS[point.answer.answer];
  return adviceStatus === 'draft' ? 'advice.pointState.draft' : 'advice.pointState.unanswered';
}

/** The class that colours a point's state. */
export function pointStateClass(point: Pick<AdvicePoint, 'answer'>): string {
  return point.answer === null ? 'advice-state-open' : `advice-state-${point.answer.answer}`;
}

/** "passage gewijzigd" / "passage verwijderd" when the current text differs; null when it does not (or for a general point). */
export function passageNowKey(state: PassageState | null): MessageKey | null {
  if (state === 'changed') return 'advice.passage.changed';
  if (state === 'deleted') return 'advice.passage.deleted';
  return null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The time left until a deadline, in words: "nog 3 dagen en 4 uur", "nog 25 minuten", "termijn
 * verstreken". Counted to the deadline's minute; it passes, as `isOnTime` says, a second later.
 */
export function timeLeftText(now: number, deadlineAt: number, t: Translate): string {
  if (timeLeft(now, deadlineAt) <= 0) return t('advice.timeLeft.passed');
  const left = Math.max(0, deadlineAt - now);
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / 60_000);
  if (days >= 2) return t('advice.timeLeft.days', { days, hours });
  if (days === 1) return t('advice.timeLeft.oneDay', { hours });
  if (hours >= 1) return t('advice.timeLeft.hours', { hours, minutes });
  if (minutes >= 2) return t('advice.timeLeft.minutes', { minutes });
  return minutes === 1 ? t('advice.timeLeft.oneMinute') : t('advice.timeLeft.underAMinute');
}
