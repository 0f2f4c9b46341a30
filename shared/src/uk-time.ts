/**
 * The force works in UK time: the one home of "what day (or month) is it in the UK". A day is a
 * calendar day in London, as "YYYY-MM-DD": a patch walk at 23:30 BST on the 14th was on the 14th,
 * though it was already the 15th in UTC, and a round that closes on the 30th takes answers until
 * midnight in London. The clock changes twice a year, so the offset always comes from the time
 * zone database (Intl), never a fixed +00:00. No dependencies: the portal's browser code uses it too.
 */
export const UK_TIME_ZONE = 'Europe/London';

export interface UkClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** What a clock in London showed at an instant (to the minute). */
export function ukClock(instant: Date | number): UkClock {
  const parts = LONDON.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** The UK calendar day of an instant, "YYYY-MM-DD". */
export function ukDay(instant: Date | number): string {
  const { year, month, day } = ukClock(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today in the UK, "YYYY-MM-DD". */
export function ukToday(now: Date = new Date()): string {
  return ukDay(now);
}

/** The month it is now in the UK, "YYYY-MM". */
export function ukMonth(now: Date = new Date()): string {
  const { year, month } = ukClock(now);
  return `${year}-${pad(month)}`;
}

/**
 * A UK wall-clock time ("YYYY-MM-DDTHH:MM", or with ":SS") as the instant it names: what staff
 * type into a form, or the end of a day. The offset read at a first guess can differ from the
 * offset at the answer only within an hour of a clock change, so it is read again there.
 */
export function ukLocalToInstant(local: string): Date {
  const asIfUtc = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  const guess = asIfUtc - ukOffsetMs(asIfUtc);
  return new Date(asIfUtc - ukOffsetMs(guess));
}

/** How far London's clock is ahead of UTC at an instant (0 or an hour). */
function ukOffsetMs(time: number): number {
  const clock = ukClock(time);
  const seconds = new Date(time).getUTCSeconds() * 1000 + new Date(time).getUTCMilliseconds();
  return (
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) + seconds - time
  );
}

/**
 * The last second of a UK calendar day ("YYYY-MM-DD"), as an instant: 23:59:59 in London, which
 * is 22:59:59 UTC in summer time and 23:59:59 UTC in winter. What "open until the end of the
 * 30th" means for anything with an expiry, such as an invitation token.
 */
export function endOfUkDay(localDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) {
    throw new RangeError(`Not a calendar day: ${localDate}`);
  }
  return ukLocalToInstant(`${localDate}T23:59:59`);
}

const pad = (value: number) => String(value).padStart(2, '0');
