/** Which close codes end reconnecting for good (shared/protocol/closeCodes.ts). */
import { describe, expect, it } from 'vitest';
import { CloseCode, closeReasons, isPermanentClose, MESSAGE_TOO_BIG } from '../../shared/protocol/closeCodes.js';

describe('isPermanentClose', () => {
  it('is true for our refusals and for a frame too big, false for transient closes', () => {
    expect(isPermanentClose(CloseCode.Unauthenticated)).toBe(true);
    expect(isPermanentClose(CloseCode.ForgedClientId)).toBe(true);
    expect(isPermanentClose(MESSAGE_TOO_BIG)).toBe(true);
    expect(isPermanentClose(CloseCode.StorageFailure)).toBe(false);
    expect(isPermanentClose(CloseCode.AccessChanged)).toBe(false);
    expect(isPermanentClose(1006)).toBe(false);
    expect(isPermanentClose(1001)).toBe(false);
  });

  it('has a reason short enough for a close frame for every code', () => {
    for (const reason of Object.values(closeReasons)) expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
  });
});
