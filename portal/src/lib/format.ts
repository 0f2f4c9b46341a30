import { UK_TIME_ZONE } from '@engage/shared/uk-time';
import { intlLocale } from '#lib/i18n/languages.ts';
import type { Locale } from '#lib/paraglide/runtime.js';

/** A 0–100 score as a percentage with at most one decimal place: 52.5 → "52.5%". */
export function formatPercentage(score: number, locale?: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(score / 100);
}

export function formatCount(count: number, locale?: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count);
}

/** A number to at most `digits` decimal places, and at least `least`: 0.625 → "0.63". */
export function formatDecimal(value: number, digits: number, least = 0, locale?: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: least,
    maximumFractionDigits: digits,
  }).format(value);
}

/** An ISO date-time as a long date in the UK's time zone: "4 May 2026" / "4 Mai 2026". */
export function formatDate(iso: string, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeZone: UK_TIME_ZONE,
  }).format(new Date(iso));
}

/** A list in running text: "English, Gujarati and Polish" / "English, Gujarati a Polish". */
export function formatList(items: string[], locale?: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/** A day ("YYYY-MM-DD", no time or zone) as a long date: "4 May 2026". */
export function formatLocalDate(day: string, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** An instant as the UK sees it, with the weekday: "Saturday, 6 June 2026 at 18:30". */
export function formatDateTime(iso: string, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: UK_TIME_ZONE,
  }).format(new Date(iso));
}

/** The first `max` characters of a text, cut at a word, with an ellipsis when anything is left out. */
export function excerpt(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A day ("YYYY-MM-DD") short, for a busy table: "30 Nov". */
export function formatShortDate(day: string, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A month of a year: "November 2026" / "Tachwedd 2026". */
export function formatMonth(year: number, month: number, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The name of a month (1–12): "November" / "Tachwedd". */
export function monthName(month: number, locale?: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}
