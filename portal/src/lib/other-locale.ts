import { getLocale, locales, type Locale } from '#lib/paraglide/runtime.js';

/** With two languages, the switcher offers the one the visitor is not reading. */
export function otherLocale(current: Locale = getLocale()): Locale {
  return locales.find((locale) => locale !== current) ?? current;
}
