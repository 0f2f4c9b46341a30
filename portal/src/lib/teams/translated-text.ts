import { SOURCE_LANGUAGE } from '@engage/shared/languages';
import { foreignTextAttributes, type LanguageAttributes } from '#lib/i18n/languages.ts';
import { getLocale, type Locale } from '#lib/paraglide/runtime.js';

/** Words an officer wrote, as the reader gets them: theirs if translated, else the English. */
export interface ShownText<Text> {
  text: Text;
  /** `lang`/`dir` for the element that holds it: the English's, on a page in another language. */
  attributes: LanguageAttributes;
  /** True when the reader's language has no translation: say so (UntranslatedNote). */
  untranslated: boolean;
}

/**
 * The translation into the page's language when the gateway has one (the page asks for that
 * language only), otherwise the English. An English page never needs a note: the English is the
 * original.
 */
export function inReadersLanguage<Text>(
  english: Text,
  translation: Text | null | undefined,
  page: Locale = getLocale(),
): ShownText<Text> {
  if (translation) return { text: translation, attributes: {}, untranslated: false };
  return {
    text: english,
    attributes: foreignTextAttributes(SOURCE_LANGUAGE, page),
    untranslated: page !== SOURCE_LANGUAGE,
  };
}
