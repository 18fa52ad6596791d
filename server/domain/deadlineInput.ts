/** A deadline as a form enters it (a Brussels date and time), checked and turned into an instant. */
import type { LocalDeadline } from '../../shared/api/contributions.js';
import { instantOfLocal, isOnTime, localOfInstant } from '../../shared/domain/deadlines.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../shared/format/dates.js';
import { ruleBroken } from '../errors.js';

/** How far ahead a deadline may lie: a round runs weeks, a dossier four years; beyond this it is a typo (2205 for 2025). */
export const MAX_DEADLINE_YEARS_AHEAD = 5;

/**
 * The instant of a deadline that exists in Brussels, has not passed at `now` and lies at most
 * MAX_DEADLINE_YEARS_AHEAD years ahead; a clear 400 otherwise.
 */
export function deadlineInstant(local: LocalDeadline, now: number): number {
  const result = instantOfLocal(local);
  if (!result.ok) {
    if (result.problem === 'nonexistent_time') {
      throw ruleBroken(
        'deadline_nonexistent',
        `${local.time} on ${formatBelgianDate(local.date)} does not exist in Brussels: the clocks go forward an hour that night. Choose a later time.`,
      );
    }
    const what = result.problem === 'invalid_date' ? `date ${local.date}` : `time ${local.time}`;
    throw ruleBroken('deadline_invalid', `There is no ${what}.`);
  }
  if (!isOnTime(now, result.at)) {
    throw ruleBroken('deadline_in_past', `The deadline ${formatBelgianDateTime(result.at)} (Brussels time) has already passed.`);
  }
  const latest = latestDeadlineDate(now);
  if (local.date > latest) {
    throw ruleBroken(
      'deadline_too_far',
      `The deadline ${formatBelgianDate(local.date)} lies more than ${MAX_DEADLINE_YEARS_AHEAD} years ahead; the last date allowed is ${formatBelgianDate(latest)}.`,
    );
  }
  return result.at;
}

/** The last Brussels date a deadline set at `now` may have: the same day MAX_DEADLINE_YEARS_AHEAD years later. */
function latestDeadlineDate(now: number): string {
  const today = localOfInstant(now).date;
  // 29 February has no match five years on (2033 is not a leap year): take the 28th.
  const monthDay = today.slice(4) === '-02-29' ? '-02-28' : today.slice(4);
  return `${Number(today.slice(0, 4)) + MAX_DEADLINE_YEARS_AHEAD}${monthDay}`;
}
