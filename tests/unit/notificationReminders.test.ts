/** When a deadline counts as near: ahead of now, and at most 48 hours ahead, to the second. */
import { describe, expect, it } from 'vitest';
import { isDeadlineNear } from '../../server/domain/notifications/dueDeadlines.js';
import { DEADLINE_NEAR_MS, instantOfLocal } from '../../shared/domain/deadlines.js';

const at = (date: string, time: string) => {
  const result = instantOfLocal({ date, time });
  if (!result.ok) throw new Error(result.problem);
  return result.at;
};

describe('a near deadline', () => {
  const deadline = at('2025-09-09', '17:00');

  it('is not near three days ahead, nor a second more than 48 hours ahead', () => {
    expect(isDeadlineNear(deadline - 3 * 24 * 3_600_000, deadline)).toBe(false);
    expect(isDeadlineNear(deadline - DEADLINE_NEAR_MS - 1_000, deadline)).toBe(false);
  });

  it('is near from 48 hours ahead until the deadline second has passed', () => {
    expect(isDeadlineNear(deadline - DEADLINE_NEAR_MS + 1_000, deadline)).toBe(true);
    expect(isDeadlineNear(deadline - 60_000, deadline)).toBe(true);
    expect(isDeadlineNear(deadline + 999, deadline)).toBe(true);
  });

  it('is no longer near once it has passed', () => {
    expect(isDeadlineNear(deadline + 1_000, deadline)).toBe(false);
    expect(isDeadlineNear(deadline + 24 * 3_600_000, deadline)).toBe(false);
  });

  it('counts real hours across the change to winter time', () => {
    // The clocks go back an hour on Sunday 26 October 2025: 48 real hours before Monday 17:00
    // (winter time) is Saturday 18:00 (summer time), not the wall clock's 17:00.
    const monday = at('2025-10-27', '17:00');
    expect(isDeadlineNear(at('2025-10-25', '18:00') + 1_000, monday)).toBe(true);
    expect(isDeadlineNear(at('2025-10-25', '17:30'), monday)).toBe(false);
    expect(isDeadlineNear(at('2025-10-25', '18:00') - 1_000, monday)).toBe(false);
  });
});
