/** Stands in for a link while a message is formatted; no translation contains it. */
const MARK = '\u{E000}';

/**
 * A translated sentence with a link inside it ("Part of the {area} policing area"), split around
 * the link so the page can put an <a> there whatever the word order in each language.
 */
export function splitAround(format: (placeholder: string) => string): [string, string] {
  const [before = '', after = ''] = format(MARK).split(MARK);
  return [before, after];
}
