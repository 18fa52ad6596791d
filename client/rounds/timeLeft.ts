/**
 * "Time left" in words: "nog 2 dagen 3 uur", "nog 45 minuten", "termijn verstreken". Pure, so unit
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

/** The two largest units that matter, e.g. "2 dagen 3 uur" or "1 uur 5 minuten"; a zero second unit is left out. */
function amount(parts: TimeLeftParts, t: Translate): string | null {
  const days = (count: number) => t(count === 1 ? 'round.left.day' : 'round.left.days', { count });
  const hours = (count: number) => t(count === 1 ? 'round.left.hour' : 'round.left.hours', { count });
  const minutes = (count: number) => t(count === 1 ? 'round.left.minute' : 'round.left.minutes', { count });
  if (parts.days > 0) return parts.hours > 0 ? `${days(parts.days)} ${hours(parts.hours)}` : days(parts.days);
  if (parts.hours > 0) return parts.minutes > 0 ? `${hours(parts.hours)} ${minutes(parts.minutes)}` : hours(parts.hours);
  if (parts.minutes > 0) return minutes(parts.minutes);
  return null;
}

/** The time left in words, in the interface language. */
export function timeLeftText(now: number, deadlineAt: number, t: Translate): string {
  const parts = timeLeftParts(now, deadlineAt);
  if (parts.passed) return t('round.left.passed');
  const words = amount(parts, t);
  return words === null ? t('round.left.underMinute') : t('round.left.some', { amount: words });
}

/** Whether the deadline is close enough to warn (the same window as the "deadline near" notice). */
export function deadlineIsNear(now: number, deadlineAt: number): boolean {
  const left = timeLeft(now, deadlineAt);
  return left > 0 && left <= DEADLINE_NEAR_MS;
}
