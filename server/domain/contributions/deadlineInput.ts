/** A deadline as a form enters it (a Brussels date and time), checked and turned into an instant. */
import type { LocalDeadline } from '../../../shared/api/contributions.js';
import { instantOfLocal, isOnTime } from '../../../shared/domain/deadlines.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../../shared/format/dates.js';
import { ruleBroken } from '../../errors.js';

/** The instant of a deadline that exists in Brussels and has not passed at `now`; a clear 400 otherwise. */
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
  return result.at;
}
