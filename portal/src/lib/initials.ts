/** Ranks and titles that come before an officer's name ("Sgt Priya Khan"), left out of initials. */
const TITLES = new Set([
  'sgt',
  'sergeant',
  'pc',
  'pcso',
  'dc',
  'ds',
  'insp',
  'inspector',
  'ch',
  'supt',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
]);

/** Up to two initials for an officer with no photo: "Sgt Priya Khan" → "PK", "Cher" → "C". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const named = words.filter((word) => !TITLES.has(word.replace(/\.$/, '').toLowerCase()));
  const parts = named.length > 0 ? named : words;
  const first = parts[0];
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return [first, last]
    .filter((word): word is string => word !== undefined)
    .map((word) => Array.from(word)[0]!.toLocaleUpperCase('en-GB'))
    .join('');
}
