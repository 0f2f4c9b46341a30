import { characterCount, textProblem } from '@engage/shared/graphql';
import { ukDay, ukLocalToInstant } from '@engage/shared/uk-time';

/**
 * What data.police.uk sends, made fit to store as if a team had typed it. Its HTML is already
 * plain text (police-api.schemas.ts runs it through htmlToText); here it meets the same rules as
 * staff input (`PlainText`, text-rules.ts): no direction-override or control characters (they are
 * removed, not refused: the force typed them, not an attacker we can turn away), and at most the
 * field's length, cut at a word with "…" rather than refused.
 */

// The characters `textProblem` refuses: direction controls, and C0/C1 controls but tab and newline.
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/** Plain text within `max` characters, or null when nothing is left of it. */
export function importedText(text: string | null | undefined, max: number): string | null {
  if (!text) return null;
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(REFUSED, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!clean) return null;
  const fitted = characterCount(clean) <= max ? clean : shortened(clean, max);
  // The same rule as at the GraphQL edge, so nothing imported could not have been typed.
  if (textProblem(fitted, { max }) !== null) {
    throw new Error(`imported text still breaks the text rules: ${JSON.stringify(fitted)}`);
  }
  return fitted;
}

/** A title for text that has none (a priority's issue): its first line, kept short. */
export function importedTitle(text: string, max: number): string | null {
  const firstLine = text
    .split('\n')
    .map((line) => line.replace(/^•\s*/, '').trim())
    .find(Boolean);
  return importedText(firstLine, max);
}

/** Cut to `max` characters (code points), at the last space in reach, ending "…". */
function shortened(text: string, max: number): string {
  const head = [...text].slice(0, max - 1).join('');
  const lastSpace = head.search(/\s\S*$/);
  const atWord = lastSpace > head.length / 2 ? head.slice(0, lastSpace) : head;
  return `${atWord.trimEnd()}…`;
}

/**
 * data.police.uk's dates are UK wall-clock times with no offset ("2025-09-13T11:00:00"); one with
 * an offset or "Z" is taken as it says. Null for none or anything else.
 */
export function importedInstant(value: string | null): Date | null {
  if (!value) return null;
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?$/.exec(
    value.trim(),
  );
  if (local && !isCalendarDay(local[1]!)) return null;
  const instant = local
    ? ukLocalToInstant(`${local[1]}T${local[2] ?? '00:00:00'}`)
    : /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())
      ? new Date(value.trim())
      : null;
  return instant && !Number.isNaN(instant.getTime()) ? instant : null;
}

/** "2025-02-30" is not one (Date.parse would roll it on to March). */
function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

/** The UK calendar day ("YYYY-MM-DD") of a data.police.uk date, or null. */
export function importedDay(value: string | null): string | null {
  const instant = importedInstant(value);
  return instant ? ukDay(instant) : null;
}
