import { ukClock, ukLocalToInstant } from '@engage/shared/uk-time';

/**
 * Dates as our forms read them. Staff type UK times; the gateway wants ISO instants, and
 * LocalDates ("YYYY-MM-DD") for days. The UK's clock changes twice a year, so the offset comes
 * from the time zone database (Intl), never a fixed +00:00.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** What `<input type="datetime-local">` sends: "2026-06-01T18:30". */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return (
    match !== null &&
    isLocalDate(value.slice(0, 10)) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60
  );
}

/** "2026-06-01T18:30", UK time, as an ISO instant ("2026-06-01T17:30:00.000Z" in summer). */
export function londonToIso(local: string): string {
  return ukLocalToInstant(local).toISOString();
}

/** An ISO instant as `<input type="datetime-local">` shows it, in UK time. */
export function isoToLondon(iso: string): string {
  const p = ukClock(Date.parse(iso));
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The quarter a date is in, for a new priority's default. */
export function quarterOf(now: Date = new Date()): { year: number; quarter: number } {
  const p = ukClock(now.getTime());
  return { year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
