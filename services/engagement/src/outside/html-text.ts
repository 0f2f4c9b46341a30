/**
 * data.police.uk serves priorities, bios and descriptions as HTML typed into each force's CMS.
 * We store and show plain text: our pages escape everything they print, and HTML from outside
 * is never trusted. Paragraphs and line breaks survive as blank lines and newlines.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
};

/** Elements that end a paragraph when they close (a list item starts a line as it opens). */
const BLOCK_END = /<\/(?:p|div|h[1-6]|tr|ul|ol|table|blockquote)\s*>/gi;

export function htmlToText(html: string): string {
  const withoutMarkup = html
    // HTML treats source newlines and runs of spaces as one space.
    .replace(/\s+/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_END, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    // Only things shaped like tags: a lone "<" in "ages < 16" is text.
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(withoutMarkup)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One pass, so "&amp;lt;" becomes the text "&lt;", as a browser would show it. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
