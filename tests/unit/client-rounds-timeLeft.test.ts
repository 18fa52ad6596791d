/**
 * "Time left" in words (client/rounds/timeLeft.ts, which advice rounds use too): days and hours,
 * hours and minutes, minutes, singular and plural, a zero lower unit left out, the last minute, the
 * deadline's own second (still on time) and the second after it; real time across the clocks going
 * forward; French; and when a deadline counts as near.
 */
import { describe, expect, it } from 'vitest';
import { deadlineIsNear, timeLeftParts, timeLeftText } from '../../client/rounds/timeLeft.js';
import { DEADLINE_NEAR_MS, instantOfLocal } from '../../shared/domain/deadlines.js';
import { t as translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

const inLanguage = (language: Language) => (key: MessageKey, params?: MessageParams) => translate(language, key, params);
const t = inLanguage('nl');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function brussels(date: string, time: string): number {
  const result = instantOfLocal({ date, time });
  if (!result.ok) throw new Error(`${date} ${time} is not a Brussels time`);
  return result.at;
}

const DEADLINE = brussels('2025-09-09', '17:00');
const before = (ms: number) => timeLeftText(DEADLINE - ms, DEADLINE, t);

describe('time left in words', () => {
  it('counts days and hours while more than a day is left', () => {
    expect(before(2 * DAY + 3 * HOUR + 20 * MINUTE)).toBe('nog 2 dagen en 3 uur');
    expect(before(DAY + HOUR)).toBe('nog 1 dag en 1 uur');
    expect(before(DAY + 5 * HOUR)).toBe('nog 1 dag en 5 uur');
    // A zero lower unit is left out.
    expect(before(3 * DAY + 10 * MINUTE)).toBe('nog 3 dagen');
    expect(before(DAY)).toBe('nog 1 dag');
  });

  it('counts hours and minutes on the last day, minutes in the last hour', () => {
    expect(before(HOUR + 5 * MINUTE)).toBe('nog 1 uur en 5 minuten');
    expect(before(5 * HOUR + MINUTE)).toBe('nog 5 uur en 1 minuut');
    expect(before(23 * HOUR + 59 * MINUTE)).toBe('nog 23 uur en 59 minuten');
    expect(before(3 * HOUR)).toBe('nog 3 uur');
    expect(before(HOUR)).toBe('nog 1 uur');
    expect(before(45 * MINUTE)).toBe('nog 45 minuten');
    expect(before(MINUTE)).toBe('nog 1 minuut');
  });

  it('rounds down: never promises more time than is left', () => {
    // The deadline's own second still counts: 1 s short of two hours before it, two hours are left.
    expect(before(2 * HOUR - 1_000)).toBe('nog 2 uur');
    expect(before(2 * HOUR - 2_000)).toBe('nog 1 uur en 59 minuten');
    expect(timeLeftParts(DEADLINE - 90 * MINUTE, DEADLINE)).toEqual({ passed: false, days: 0, hours: 1, minutes: 30 });
  });

  it('says less than a minute in the last minute, up to the deadline second itself', () => {
    expect(before(30_000)).toBe('nog minder dan een minuut');
    expect(timeLeftText(DEADLINE, DEADLINE, t)).toBe('nog minder dan een minuut');
    expect(timeLeftText(DEADLINE + 999, DEADLINE, t)).toBe('nog minder dan een minuut');
  });

  it('says the deadline has passed from the next second on', () => {
    expect(timeLeftText(DEADLINE + 1_000, DEADLINE, t)).toBe('termijn verstreken');
    expect(timeLeftText(DEADLINE + 5 * DAY, DEADLINE, t)).toBe('termijn verstreken');
    expect(timeLeftParts(DEADLINE + 1_000, DEADLINE).passed).toBe(true);
  });

  it('counts real time across the clocks going forward (29/03/2026 lost an hour)', () => {
    const deadline = brussels('2026-03-30', '09:00');
    // Two calendar days on the wall clock, but only 47 hours pass.
    expect(timeLeftText(brussels('2026-03-28', '09:00'), deadline, t)).toBe('nog 1 dag en 23 uur');
    // And in autumn (25/10/2026 gained an hour): 09:00 on the 25th to 09:00 on the 26th is 24 hours,
    // from the 24th it is 49.
    const autumn = brussels('2026-10-26', '09:00');
    expect(timeLeftText(brussels('2026-10-25', '09:00'), autumn, t)).toBe('nog 1 dag');
    expect(timeLeftText(brussels('2026-10-24', '09:00'), autumn, t)).toBe('nog 2 dagen en 1 uur');
  });

  it('speaks French', () => {
    const fr = inLanguage('fr');
    expect(timeLeftText(DEADLINE - (2 * DAY + 3 * HOUR), DEADLINE, fr)).toBe('encore 2 jours et 3 heures');
    expect(timeLeftText(DEADLINE - (DAY + HOUR), DEADLINE, fr)).toBe('encore 1 jour et 1 heure');
    expect(timeLeftText(DEADLINE - (HOUR + MINUTE), DEADLINE, fr)).toBe('encore 1 heure et 1 minute');
    expect(timeLeftText(DEADLINE - (5 * HOUR + 20 * MINUTE), DEADLINE, fr)).toBe('encore 5 heures et 20 minutes');
    expect(timeLeftText(DEADLINE - 3 * DAY, DEADLINE, fr)).toBe('encore 3 jours');
    expect(timeLeftText(DEADLINE - MINUTE, DEADLINE, fr)).toBe('encore 1 minute');
    expect(timeLeftText(DEADLINE - 10_000, DEADLINE, fr)).toBe('encore moins d’une minute');
    expect(timeLeftText(DEADLINE + 1_000, DEADLINE, fr)).toBe('délai expiré');
  });

  it('warns within the last 48 hours, not before and not once passed', () => {
    expect(deadlineIsNear(DEADLINE - DEADLINE_NEAR_MS - 2_000, DEADLINE)).toBe(false);
    expect(deadlineIsNear(DEADLINE - DEADLINE_NEAR_MS + 1_000, DEADLINE)).toBe(true);
    expect(deadlineIsNear(DEADLINE, DEADLINE)).toBe(true);
    expect(deadlineIsNear(DEADLINE + 1_000, DEADLINE)).toBe(false);
  });
});
