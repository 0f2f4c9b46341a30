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
 * The last second of a UK calendar day ("YYYY-MM-DD"), as an instant: 23:59:59 in London, which
 * is 22:59:59 UTC in summer time and 23:59:59 UTC in winter. What "open until the end of the
 * 30th" means for anything with an expiry, such as an invitation token.
 */
export function endOfUkDay(localDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`Not a calendar day: ${localDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const asIfUtc = Date.UTC(year, month - 1, day, 23, 59, 59);
  // London's offset at that hour: the clocks change at 01:00 UTC, never between 22:59 and
  // 23:59 UTC, so the offset read at the guess is the offset at the answer.
  const clock = ukClock(asIfUtc);
  const londonAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const offset = londonAsUtc - (asIfUtc - 59_000);
  return new Date(asIfUtc - offset);
}

const pad = (value: number) => String(value).padStart(2, '0');
