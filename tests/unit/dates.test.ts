/** Belgian date formatting (shared/format/dates.ts). */
import { describe, expect, it } from 'vitest';
import { formatBelgianDate } from '../../shared/format/dates.js';

describe('formatBelgianDate', () => {
  it('formats an ISO date as dd/mm/yyyy without shifting it', () => {
    expect(formatBelgianDate('2026-02-27')).toBe('27/02/2026');
    expect(formatBelgianDate('2025-09-09')).toBe('09/09/2025');
    expect(formatBelgianDate('2029-12-31')).toBe('31/12/2029');
  });

  it('formats an instant as the day it is in Brussels', () => {
    // 23:30 UTC on 27 February is 00:30 on 28 February in Brussels (CET, UTC+1).
    expect(formatBelgianDate(new Date('2026-02-27T23:30:00Z'))).toBe('28/02/2026');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Brussels (CEST, UTC+2).
    expect(formatBelgianDate(new Date('2026-06-30T22:30:00Z'))).toBe('01/07/2026');
    // 21:59 UTC on 30 June is still 30 June in Brussels.
    expect(formatBelgianDate(new Date('2026-06-30T21:59:00Z'))).toBe('30/06/2026');
  });

  it.each(['', '27/02/2026', '2026-2-27', '2026-02-27T10:00:00Z', ' 2026-02-27', 'yesterday'])(
    'refuses a string that is not an ISO date: %j',
    (value) => {
      expect(() => formatBelgianDate(value)).toThrow(RangeError);
    },
  );

  // Regression: only the shape used to be checked, so a day that does not exist was printed.
  it.each(['2026-13-01', '2026-00-10', '2026-02-30', '2026-04-31', '2026-01-00'])(
    'refuses a well-shaped string that is not a calendar day: %j',
    (value) => {
      expect(() => formatBelgianDate(value)).toThrow(RangeError);
    },
  );
});
