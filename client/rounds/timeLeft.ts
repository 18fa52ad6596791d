/**
 * "Time left" in words: "nog 2 dagen en 3 uur", "nog 1 uur", "nog 45 minuten", "termijn verstreken".
 * Pure, so unit tests pin the wording at the edges; the count comes from the shared deadline rules
 * (to the second).
 */
import { DEADLINE_NEAR_MS, timeLeft } from '../../shared/domain/deadlines.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
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

/** Each unit's words for one and for more ("1 dag", "2 dagen"; "1 heure", "2 heures"). */
const UNIT_KEYS = {
  day: ['round.left.day', 'round.left.days'],
  hour: ['round.left.hour', 'round.left.hours'],
  minute: ['round.left.minute', 'round.left.minutes'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** "3 dagen", "1 uur", "1 minute": a count with its unit, singular or plural. */
function count(unit: keyof typeof UNIT_KEYS, value: number, t: Translate): string {
  const [one, more] = UNIT_KEYS[unit];
  return t(value === 1 ? one : more, { count: value });
}

/** The largest unit left and the one below it, the lower left out when zero: ["3 dagen", "4 uur"], ["3 dagen"]. */
function spokenParts({ days, hours, minutes }: TimeLeftParts, t: Translate): string[] {
  if (days > 0) return [count('day', days, t), ...(hours > 0 ? [count('hour', hours, t)] : [])];
  if (hours > 0) return [count('hour', hours, t), ...(minutes > 0 ? [count('minute', minutes, t)] : [])];
  return minutes > 0 ? [count('minute', minutes, t)] : [];
}

/**
 * The time left in words, in the interface language: "nog 3 dagen en 4 uur", "nog 3 dagen", "nog 1
 * uur en 1 minuut", "nog 25 minuten", "nog minder dan een minuut", "termijn verstreken". Contribution
 * and advice rounds both say it so.
 */
export function timeLeftText(now: number, deadlineAt: number, t: Translate): string {
  const parts = timeLeftParts(now, deadlineAt);
  if (parts.passed) return t('round.left.passed');
  const [first, second] = spokenParts(parts, t);
  if (first === undefined) return t('round.left.underMinute');
  return second === undefined ? t('round.left.one', { first }) : t('round.left.two', { first, second });
}

/** Whether the deadline is close enough to warn (the same window as the "deadline near" notice). */
export function deadlineIsNear(now: number, deadlineAt: number): boolean {
  const left = timeLeft(now, deadlineAt);
  return left > 0 && left <= DEADLINE_NEAR_MS;
}
