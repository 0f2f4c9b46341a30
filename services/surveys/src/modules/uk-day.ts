/**
 * The force works in UK time: a day is a calendar day in London, as "YYYY-MM-DD". A round that
 * closes on the 30th takes answers until midnight in London, not in UTC.
 */
const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function ukDay(instant: Date = new Date()): string {
  return LONDON.format(instant);
}
