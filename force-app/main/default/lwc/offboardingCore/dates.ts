// Calendar dates (YYYY-MM-DD). Parsed into UTC parts and shifted in UTC, so no time zone or DST can move a day.
import userTimeZone from '@salesforce/i18n/timeZone';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC: it maps years 0-99 to 1900-1999
  const roundTrips = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** True for a real calendar date written `YYYY-MM-DD` (`2024-02-29` yes, `2023-02-29` and `2024-2-9` no). */
export function isCalendarDate(value: string): boolean {
  return toUtc(value) !== null;
}

export function requireCalendarDate(isoDate: string): Date {
  const date = toUtc(isoDate);
  if (!date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  }
  return date;
}

/** The calendar date `days` after `isoDate` (negative: before). Throws RangeError for a malformed date. */
export function addDays(isoDate: string, days: number): string {
  const date = requireCalendarDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Today's calendar date in an IANA time zone (`America/Los_Angeles`), as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}

/** Today in the Salesforce user's time zone (`@salesforce/i18n/timeZone`). */
export function userToday(now: Date = new Date()): string {
  return todayIn(userTimeZone, now);
}

/** The calendar day of an ISO date-time in `timeZone` (default: the user's); null when absent or not a date-time. */
export function calendarDayOf(dateTime: string | null, timeZone?: string): string | null {
  if (dateTime === null) {
    return null;
  }
  const instant = new Date(dateTime);
  if (Number.isNaN(instant.getTime())) {
    return null;
  }
  return timeZone ? todayIn(timeZone, instant) : userToday(instant);
}
