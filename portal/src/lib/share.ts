import type { Locale } from '#lib/paraglide/runtime.js';

/** Open Graph writes locales with an underscore, territory in capitals. */
export const OG_LOCALE = { en: 'en_GB', cy: 'cy_GB' } satisfies Record<Locale, string>;

/**
 * The absolute address of a page on this site, from the origin the request came in on (serve.js
 * sets it from ORIGIN behind a proxy), without the query: the one link a share card should carry.
 */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
