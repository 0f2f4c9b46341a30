/**
 * UK postcodes as residents type them: any case, any spacing ("le15ww", " LE1  5WW "). We keep
 * one canonical spelling ("LE1 5WW") so a lookup, a cache key and a stored coverage row agree.
 */

export type ParsedPostcode = {
  ok: true;
  /** Canonical form: upper case, one space before the inward code, e.g. "LE1 5WW". */
  postcode: string;
  /** The outward code (area and district), e.g. "LE1". */
  outward: string;
  /** The postcode sector (outward code and the inward code's digit), e.g. "LE1 5". */
  sector: string;
};

export type PostcodeProblem = { ok: false; reason: 'EMPTY' | 'MALFORMED' };

export type PostcodeParse = ParsedPostcode | PostcodeProblem;

/*
 * The standard format rules (BS 7666, as published by the Government Data Standards Catalogue):
 * - outward code: A9, A99, AA9, AA99, A9A or AA9A;
 * - first letter never Q, V or X; second letter never I, J or Z;
 * - a letter third (A9A) only from A B C D E F G H J K P S T U W;
 * - a letter fourth (AA9A) only from A B E H M N P R V W X Y;
 * - inward code: a digit and two letters, never C I K M O or V (they look like other characters
 *   when handwritten);
 * - and the one historic exception, GIR 0AA (Girobank).
 */
const FIRST = '[A-PR-UWYZ]';
const SECOND = '[A-HK-Y]';
const OUTWARD = [
  `${FIRST}[0-9]{1,2}`,
  `${FIRST}${SECOND}[0-9]{1,2}`,
  `${FIRST}[0-9][A-HJKPSTUW]`,
  `${FIRST}${SECOND}[0-9][ABEHMNPRVWXY]`,
].join('|');
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const POSTCODE = new RegExp(`^(?:(?:${OUTWARD}) ${INWARD}|GIR 0AA)$`);

/** The inward code is always three characters, so the split needs no space in the input. */
const INWARD_LENGTH = 3;

export function parsePostcode(input: string): PostcodeParse {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { ok: false, reason: 'EMPTY' };
  const outward = compact.slice(0, -INWARD_LENGTH);
  const inward = compact.slice(-INWARD_LENGTH);
  const postcode = `${outward} ${inward}`;
  if (!POSTCODE.test(postcode)) return { ok: false, reason: 'MALFORMED' };
  return { ok: true, postcode, outward, sector: `${outward} ${inward.charAt(0)}` };
}

/** The sector of a postcode typed in any case or spacing ("le15ww" → "LE1 5"), or null. */
export function sectorOf(input: string): string | null {
  const parsed = parsePostcode(input);
  return parsed.ok ? parsed.sector : null;
}
