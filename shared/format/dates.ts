/** Dates as Belgians write them: 27/02/2026, times in Europe/Brussels. */

const dateFormat = new Intl.DateTimeFormat('nl-BE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Brussels',
});

/**
 * Formats an ISO date (`2026-02-27`) or a Date as dd/mm/yyyy. A bare ISO date is a calendar day, not
 * an instant, so it is formatted from its parts and never shifted by a time zone.
 */
export function formatBelgianDate(value: string | Date): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (!match || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
      throw new RangeError(`not an ISO date: ${value}`);
    }
    return `${match[3]}/${match[2]}/${match[1]}`;
  }
  // nl-BE formats with slashes already; normalise in case an engine uses dots or dashes.
  return dateFormat.format(value).replace(/[.-]/g, '/');
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Brussels',
});

/** An instant as Belgians write it, in Brussels time: 09/09/2025 17:00. */
export function formatBelgianDateTime(instant: number): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
