import {
  addDays,
  eachDayOfInterval,
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  format,
  getISOWeek,
  getISOWeekYear,
  max,
  min,
  parseISO,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';

/**
 * Calendar days as "YYYY-MM-DD" strings, the way standards are judged: by the day in the UK
 * (`ukDay`, @engage/shared/uk-time), so a post at 00:30 on 1 April counts for April even though
 * it is still 31 March in UTC.
 */
export type Day = string;

const asDate = (day: Day) => parseISO(day);
const asDay = (date: Date) => format(date, 'yyyy-MM-dd');

export interface DayRange {
  from: Day;
  to: Day;
}

export const monthOf = (day: Day): DayRange => ({
  from: asDay(startOfMonth(asDate(day))),
  to: asDay(endOfMonth(asDate(day))),
});
export const quarterOf = (day: Day): DayRange => ({
  from: asDay(startOfQuarter(asDate(day))),
  to: asDay(endOfQuarter(asDate(day))),
});
export const yearOf = (day: Day): DayRange => ({
  from: asDay(startOfYear(asDate(day))),
  to: asDay(endOfYear(asDate(day))),
});
/** Monday to Sunday. */
export const weekOf = (day: Day): DayRange => ({
  from: asDay(startOfISOWeek(asDate(day))),
  to: asDay(endOfISOWeek(asDate(day))),
});

export const nextDay = (day: Day): Day => asDay(addDays(asDate(day), 1));
export const laterOf = (a: Day, b: Day): Day => asDay(max([asDate(a), asDate(b)]));
export const earlierOf = (a: Day, b: Day): Day => asDay(min([asDate(a), asDate(b)]));
export const within = (day: Day, range: DayRange) => day >= range.from && day <= range.to;

/** Every day of a range, in order. */
export function daysOf(range: DayRange): Day[] {
  if (range.from > range.to) return [];
  return eachDayOfInterval({ start: asDate(range.from), end: asDate(range.to) }).map(asDay);
}

/** The windows of one kind (months, quarters, weeks) that overlap a range, in order. */
export function windowsOf(range: DayRange, windowOf: (day: Day) => DayRange): DayRange[] {
  const windows: DayRange[] = [];
  for (let day = range.from; day <= range.to; day = nextDay(windowOf(day).to)) {
    windows.push(windowOf(day));
  }
  return windows;
}

export const quarterNumber = (day: Day) => Math.ceil(Number(day.slice(5, 7)) / 3);
export const isoWeekLabel = (day: Day) =>
  `${getISOWeekYear(asDate(day))}-W${String(getISOWeek(asDate(day))).padStart(2, '0')}`;
