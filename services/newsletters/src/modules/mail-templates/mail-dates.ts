import { UK_TIME_ZONE } from '@engage/shared/uk-time';

/**
 * Dates as a resident reads them. Events are stored as instants and shown in UK time, so an
 * event at 18:00Z in July reads "19:00" (BST). Months and closing dates are calendar dates with
 * no time of day, so they are formatted in UTC and never shift a day either way.
 */

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11" → "November 2026" (en-GB) / "Tachwedd 2026" (cy). */
export function formatMonth(month: string, locale: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`A newsletter month must be YYYY-MM, not "${month}".`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2026-12-04" → "Friday, 4 December 2026" / "Dydd Gwener, 4 Rhagfyr 2026". */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = DATE_PATTERN.exec(isoDate);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  // Date.UTC rolls 2026-02-30 over to March; a date that does not round-trip is not a date.
  if (!date || date.toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`A closing date must be YYYY-MM-DD, not "${isoDate}".`);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** The day of an instant in UK time: "Tuesday, 3 November 2026". */
export function formatUkDay(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: UK_TIME_ZONE }).format(at);
}

/** An instant in UK time: "Tuesday, 3 November 2026 at 19:30" / "… am 19:30". */
export function formatUkDateTime(at: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: UK_TIME_ZONE,
  }).format(at);
}
