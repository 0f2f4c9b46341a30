import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The force works in UK time: "today" turns over at midnight in London, not UTC. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the UK as "YYYY-MM-DD" (en-CA formats dates that way). */
export function todayInLondon(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}

/** For a "YYYY-MM-DD" date: today or earlier, UK time. Strings of that shape compare as dates. */
export function IsNotInTheFuture(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotInTheFuture',
      validator: { validate: (value) => typeof value === 'string' && value <= todayInLondon() },
    },
    options,
  );
}
