import i18next from 'i18next';
import { languageOf, type Language } from '@engage/shared/languages';
import { loadMailCatalogues } from './mail-catalogues.ts';
import { formatCalendarDate, formatMonth, formatUkDateTime, formatUkDay } from './mail-dates.ts';
import type { MailLanguage } from './mail-types.ts';
// Only for its type: the catalogues themselves are read from the directory (mail-catalogues.ts).
import type en from './messages/en.json';

/**
 * Every word a resident reads in a mail comes from messages/<code>.json, one file per language
 * of shared/src/languages.ts. Every catalogue but English is a draft until a native speaker has
 * reviewed it (Welsh Language Standards: Welsh must not be treated less favourably than English).
 */

/** `expires_one` and `expires_other` are one key, `expires`, looked up with a `count`. */
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${Intl.LDMLPluralRule}`
  ? Base
  : K;
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? WithoutPluralSuffix<`${Prefix}${K}`>
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** English is the source catalogue: a key missing from it is a typo, caught by tsc. */
export type MessageKey = KeysOf<typeof en>;

/** Every catalogue found in messages/, by language code: English always, the others as present. */
export const MESSAGE_CATALOGUES = loadMailCatalogues();

// Our own instance: the portal or a test may configure the global one differently.
const i18n = i18next.createInstance();
void i18n.init({
  // The catalogues are in memory, so initialising synchronously means `t` is ready at import.
  initAsync: false,
  lng: 'en',
  // A key missing from a catalogue shows the English rather than the key's name; the lint check
  // of the catalogues fails on it long before a mail goes out.
  fallbackLng: 'en',
  resources: Object.fromEntries(
    Object.entries(MESSAGE_CATALOGUES).map(([code, catalogue]) => [
      code,
      { translation: catalogue },
    ]),
  ),
  // Strings come out as plain text: the HTML renderer escapes every one of them, and the text
  // part and the subject must not contain entities.
  interpolation: { escapeValue: false },
});

export interface MailMessages {
  /** BCP 47 tag: "en-GB", "cy", "ur"… */
  locale: string;
  /** The mail's language: its direction and script choose alignment and fonts. */
  language: Language;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  month(month: string): string;
  calendarDate(isoDate: string): string;
  ukDay(at: Date): string;
  ukDateTime(at: Date): string;
}

export function mailMessages(language: MailLanguage): MailMessages {
  // i18next's language is the catalogue's code; `lang=""` and Intl take the BCP 47 tag.
  const definition = languageOf(language);
  const { code, tag: locale } = definition;
  if (!(code in MESSAGE_CATALOGUES)) {
    // Never English in its place: the resident chose this language, and the lint check names
    // the missing file too.
    throw new Error(
      `There is no mail catalogue for ${definition.englishName}: add messages/${code}.json.`,
    );
  }
  const t = i18n.getFixedT(code);
  return {
    locale,
    language: definition,
    t: (key, values) => t(key, values ?? {}),
    month: (month) => formatMonth(month, locale),
    calendarDate: (isoDate) => formatCalendarDate(isoDate, locale),
    ukDay: (at) => formatUkDay(at, locale),
    ukDateTime: (at) => formatUkDateTime(at, locale),
  };
}
