/** Dates as the teams write them: LocalDate strings, "YYYY-MM-DD", in UK time. */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Spreadsheets and schedulers often add a time ("14/03/2026 09:30", "2026-03-14T09:30:00Z"). */
const TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

export type ParsedDate =
  { ok: true; date: string } | { ok: false; reason: 'format' | 'not-a-date' };

/** Reads "YYYY-MM-DD" or the UK's "DD/MM/YYYY" (never the US month-first order). */
export function parseLocalDate(text: string): ParsedDate {
  const value = text.trim().replace(TIME, '');
  const iso = ISO.exec(value);
  const uk = UK.exec(value);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : uk
      ? { year: uk[3], month: uk[2], day: uk[1] }
      : null;
  if (!parts) return { ok: false, reason: 'format' };
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return { ok: false, reason: 'not-a-date' };
  }
  return { ok: true, date: date.toISOString().slice(0, 10) };
}

/** The LocalDate `days` before (or, when negative, after) a LocalDate. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
