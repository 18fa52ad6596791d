/**
 * Deadlines in Europe/Brussels: wall-clock times to instants and back, on time to the second, the
 * time left, in winter and summer and on the two days a year the clocks change.
 */
import { describe, expect, it } from 'vitest';
import { instantOfLocal, isOnTime, localOfInstant, timeLeft } from '../../shared/domain/deadlines.js';

const SECOND = 1_000;
const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

/** The instant of a Brussels wall-clock time that must exist. */
function at(date: string, time: string): number {
  const result = instantOfLocal({ date, time });
  if (!result.ok) throw new Error(`${date} ${time}: ${result.problem}`);
  return result.at;
}

describe('instantOfLocal and localOfInstant', () => {
  it('takes winter time as UTC+1 and summer time as UTC+2', () => {
    expect(at('2026-02-27', '17:00')).toBe(utc('2026-02-27T16:00:00Z'));
    expect(at('2025-09-09', '17:00')).toBe(utc('2025-09-09T15:00:00Z'));
    expect(localOfInstant(utc('2026-02-27T16:00:00Z'))).toEqual({ date: '2026-02-27', time: '17:00' });
    expect(localOfInstant(utc('2025-09-09T15:00:00Z'))).toEqual({ date: '2025-09-09', time: '17:00' });
  });

  it('reads back every minute it writes, across midnight and the year', () => {
    for (const [date, time] of [['2025-12-31', '23:59'], ['2026-01-01', '00:00'], ['2026-07-15', '00:30'], ['2028-02-29', '12:00']] as const) {
      expect(localOfInstant(at(date, time))).toEqual({ date, time });
    }
    // Half past midnight in Brussels is still the previous day in UTC.
    expect(at('2026-07-15', '00:30')).toBe(utc('2026-07-14T22:30:00Z'));
  });

  it('refuses 02:30 on the spring-forward day (2026-03-29), which does not exist, and accepts 03:00 and 01:59', () => {
    expect(instantOfLocal({ date: '2026-03-29', time: '02:30' })).toEqual({ ok: false, problem: 'nonexistent_time' });
    expect(instantOfLocal({ date: '2026-03-29', time: '02:00' })).toEqual({ ok: false, problem: 'nonexistent_time' });
    expect(at('2026-03-29', '03:00')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(at('2026-03-29', '01:59')).toBe(utc('2026-03-29T00:59:00Z'));
    // 01:59 and 03:00 are one minute apart on that night.
    expect(at('2026-03-29', '03:00') - at('2026-03-29', '01:59')).toBe(60 * SECOND);
  });

  it('takes 02:30 on the fall-back day (2026-10-25), which occurs twice, at its second occurrence', () => {
    const second = at('2026-10-25', '02:30');
    expect(second).toBe(utc('2026-10-25T01:30:00Z'));
    // The first occurrence, an hour earlier, reads as the same wall-clock time.
    expect(localOfInstant(second - HOUR)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(localOfInstant(second)).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(at('2026-10-25', '03:00')).toBe(utc('2026-10-25T02:00:00Z'));
    expect(at('2026-10-25', '01:59')).toBe(utc('2026-10-24T23:59:00Z'));
  });

  it('refuses dates that are not in the calendar and times that are not on the clock', () => {
    expect(instantOfLocal({ date: '2026-02-30', time: '17:00' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(instantOfLocal({ date: '2026-02-29', time: '17:00' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(instantOfLocal({ date: '2026-13-01', time: '17:00' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(instantOfLocal({ date: '27/02/2026', time: '17:00' })).toEqual({ ok: false, problem: 'invalid_date' });
    expect(instantOfLocal({ date: '2026-02-27', time: '24:00' })).toEqual({ ok: false, problem: 'invalid_time' });
    expect(instantOfLocal({ date: '2026-02-27', time: '17:60' })).toEqual({ ok: false, problem: 'invalid_time' });
    expect(instantOfLocal({ date: '2026-02-27', time: '5:00' })).toEqual({ ok: false, problem: 'invalid_time' });
    expect(instantOfLocal({ date: '2028-02-29', time: '23:59' }).ok).toBe(true);
  });
});

describe('isOnTime', () => {
  const deadline = at('2025-09-09', '17:00');

  it('accepts up to 17:00:00.999 and refuses 17:00:01.000', () => {
    expect(isOnTime(deadline - HOUR, deadline)).toBe(true);
    expect(isOnTime(deadline, deadline)).toBe(true);
    expect(isOnTime(deadline + 999, deadline)).toBe(true);
    expect(isOnTime(deadline + SECOND, deadline)).toBe(false);
    expect(isOnTime(deadline + SECOND + 1, deadline)).toBe(false);
  });

  it('counts by the instant across the fall-back change: before a 03:00 deadline on 2026-10-25, the wall clock reads 02:xx twice', () => {
    const deadlineAt = at('2026-10-25', '03:00');
    // One hour before is 02:00 (winter time, the second 02:00); two hours before is 02:00 summer time. Both on time.
    expect(localOfInstant(deadlineAt - HOUR).time).toBe('02:00');
    expect(localOfInstant(deadlineAt - 2 * HOUR).time).toBe('02:00');
    expect(isOnTime(deadlineAt - HOUR, deadlineAt)).toBe(true);
    expect(isOnTime(deadlineAt - 2 * HOUR, deadlineAt)).toBe(true);
    expect(isOnTime(deadlineAt + 999, deadlineAt)).toBe(true);
    expect(isOnTime(deadlineAt + SECOND, deadlineAt)).toBe(false);
  });

  it('counts by the instant across the spring-forward change: 01:59:59 is one second before a 03:00 deadline', () => {
    const deadlineAt = at('2026-03-29', '03:00');
    expect(isOnTime(at('2026-03-29', '01:59') + 59 * SECOND, deadlineAt)).toBe(true);
    expect(deadlineAt - (at('2026-03-29', '01:59') + 59 * SECOND)).toBe(SECOND);
    expect(isOnTime(deadlineAt + SECOND, deadlineAt)).toBe(false);
  });
});

describe('timeLeft', () => {
  it('counts down to the end of the deadline second, then stays at zero', () => {
    const deadline = at('2025-09-09', '17:00');
    expect(timeLeft(deadline - HOUR, deadline)).toBe(HOUR + SECOND);
    expect(timeLeft(deadline, deadline)).toBe(SECOND);
    expect(timeLeft(deadline + 999, deadline)).toBe(1);
    expect(timeLeft(deadline + SECOND, deadline)).toBe(0);
    expect(timeLeft(deadline + 48 * HOUR, deadline)).toBe(0);
  });

  it('measures real time across a clock change, not wall-clock difference', () => {
    // From 01:00 to 03:00 on the spring-forward night is one hour; on the fall-back night, three.
    expect(timeLeft(at('2026-03-29', '01:00'), at('2026-03-29', '03:00'))).toBe(HOUR + SECOND);
    expect(timeLeft(at('2026-10-25', '01:00'), at('2026-10-25', '03:00'))).toBe(3 * HOUR + SECOND);
  });
});
