import { languageOf, type LanguageCode } from '@engage/shared/languages';
import { getLocale, type Locale } from '#lib/paraglide/runtime.js';

/** The BCP 47 tag Intl formats with for one of our languages (shared/src/languages.ts). */
export function intlLocale(locale: Locale = getLocale()): string {
  return languageOf(locale).tag;
}

export interface LanguageAttributes {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * `lang` and `dir` for text written in `language` shown on a page in another one (an officer's
 * English on an Urdu page): screen readers switch voice and the text runs its own way. Nothing
 * when the text is in the page's own language. Spread it onto the element: `<div {...attrs}>`.
 */
export function foreignTextAttributes(
  language: LanguageCode,
  page: Locale = getLocale(),
): LanguageAttributes {
  if (language === page) return {};
  const { tag, dir } = languageOf(language);
  return { lang: tag, dir };
}
