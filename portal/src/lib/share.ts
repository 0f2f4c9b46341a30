import { languageOf } from '@engage/shared/languages';
import type { Locale } from '#lib/paraglide/runtime.js';

/**
 * Open Graph writes locales as language_TERRITORY: "en_GB", "cy_GB", "ur_GB". Every one of our
 * languages is read here as written in the UK.
 */
export function ogLocale(locale: Locale): string {
  return `${languageOf(locale).code}_GB`;
}

/**
 * The absolute address of a page on this site, from the origin the request came in on (serve.js
 * sets it from ORIGIN behind a proxy), without the query: the one link a share card should carry.
 */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
