/**
 * "Time left" in words: "nog 2 dagen en 3 uur", "nog 45 minuten", "termijn verstreken". Pure, so unit
 * tests pin the wording at the edges; the count comes from the shared deadline rules (to the second).
 */
import { DEADLINE_NEAR_MS, timeLeft } from '../../shared/domain/deadlines.js';
import type { Translate } from '../i18n.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The time left split into whole days, hours and minutes (rounded down: never promise more). */
export interface TimeLeftParts {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** The parts of the time left at `now` before `deadlineAt`. */
export function timeLeftParts(now: number, deadlineAt: number): TimeLeftParts {
  const left = timeLeft(now, deadlineAt);
  return {
    passed: left === 0,
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / MINUTE),
  };
}

/**
 * The time left in words, in the interface language: "nog 3 dagen en 4 uur", "nog 5 uur en 20
 * minuten", "nog 25 minuten", "termijn verstreken". Contribution and advice rounds both say it so.
 */
export function timeLeftText(now: number, deadlineAt: number, t: Translate): string {
  const { passed, days, hours, minutes } = timeLeftParts(now, deadlineAt);
  if (passed) return t('round.left.passed');
  if (days >= 2) return t('round.left.days', { days, hours });
  if (days === 1) return t('round.left.oneDay', { hours });
  if (hours >= 1) return t('round.left.hours', { hours, minutes });
  if (minutes >= 2) return t('round.left.minutes', { minutes });
  return minutes === 1 ? t('round.left.oneMinute') : t('round.left.underMinute');
}

/** Whether the deadline is close enough to warn (the same window as the "deadline near" notice). */
export function deadlineIsNear(now: number, deadlineAt: number): boolean {
  const left = timeLeft(now, deadlineAt);
  return left > 0 && left <= DEADLINE_NEAR_MS;
}
