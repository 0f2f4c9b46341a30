import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

const UK = tz('Europe/London');

/**
 * The force works in UK time: a day is a calendar day in London, as "YYYY-MM-DD". A patch walk at
 * 23:30 BST on the 14th was on the 14th, though it was already the 15th in UTC.
 */
export function ukDay(instant: Date): string {
  return format(instant, 'yyyy-MM-dd', { in: UK });
}

export const todayInUk = (now: Date = new Date()) => ukDay(now);
