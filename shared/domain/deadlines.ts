/**
 * Deadlines: entered and shown as a date and a time in Europe/Brussels, kept as an instant. Pure, so
 * the server's rules, the client's "time left" and the unit tests (at the boundary second, across a
 * daylight-saving change) use the same code. The platform's Intl knows the zone's rules; no library.
 */

/** The zone every deadline of the dossier is in. */
export const DEADLINE_ZONE = 'Europe/Brussels';

/** A wall-clock time in Brussels: `2025-09-09` and `17:00`. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DEADLINE_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Brussels wall clock at an instant, to the second, as [year, month, day, hour, minute, second]. */
function wallClockAt(instant: number): [number, number, number, number, number, number] {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)];
}

/** How far Brussels is ahead of UTC at an instant, in ms (one hour in winter, two in summer). */
function offsetAt(instant: number): number {
  const [year, month, day, hour, minute, second] = wallClockAt(instant);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** Why a local date and time cannot be a deadline. */
export type LocalTimeProblem = 'invalid_date' | 'invalid_time' | 'nonexistent_time';

/**
 * The instant of a Brussels wall-clock time. A time skipped when the clocks go forward (02:30 on the
 * last Sunday of March) does not exist and is refused; a time that occurs twice when they go back
 * (02:30 on the last Sunday of October) is taken at its second occurrence, the later one, so
 * nobody loses the hour they may have counted on.
 */
export function instantOfLocal(local: LocalDateTime): { ok: true; at: number } | { ok: false; problem: LocalTimeProblem } {
  const date = DATE.exec(local.date);
  if (!date) return { ok: false, problem: 'invalid_date' };
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return { ok: false, problem: 'invalid_date' };
  }
  const time = TIME.exec(local.time);
  if (!time) return { ok: false, problem: 'invalid_time' };
  const asUtc = Date.UTC(year, month - 1, day, Number(time[1]), Number(time[2]));
  // The wall clock is UTC plus one or two hours; try both offsets and keep those that read back.
  const candidates = [asUtc - 2 * 3_600_000, asUtc - 3_600_000].filter((at) => at + offsetAt(at) === asUtc);
  const at = candidates.at(-1);
  if (at === undefined) return { ok: false, problem: 'nonexistent_time' };
  return { ok: true, at };
}

/** The Brussels wall-clock date and time (to the minute) of an instant. */
export function localOfInstant(instant: number): LocalDateTime {
  const [year, month, day, hour, minute] = wallClockAt(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${year}-${two(month)}-${two(day)}`, time: `${two(hour)}:${two(minute)}` };
}

/**
 * Whether something done at `at` is on time for a deadline. Deadlines are to the minute and count by
 * the second: "by 17:00" accepts everything up to 17:00:00.999 and refuses 17:00:01.
 */
export function isOnTime(at: number, deadlineAt: number): boolean {
  return Math.floor(at / 1000) <= Math.floor(deadlineAt / 1000);
}

/** Ms left until the deadline passes (0 once it has): what the "time left" shows. */
export function timeLeft(now: number, deadlineAt: number): number {
  return isOnTime(now, deadlineAt) ? Math.floor(deadlineAt / 1000) * 1000 + 1000 - now : 0;
}

/** How long before a deadline its invitees are told it is near. */
export const DEADLINE_NEAR_MS = 48 * 3_600_000;
