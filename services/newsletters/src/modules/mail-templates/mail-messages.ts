import i18next from 'i18next';
import { languageOf } from '@engage/shared/languages';
import { formatCalendarDate, formatMonth, formatUkDateTime, formatUkDay } from './mail-dates.ts';
import type { MailLanguage } from './mail-types.ts';
import cy from './messages/cy.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

/**
 * Every word a resident reads in a mail comes from messages/en.json or messages/cy.json. The
 * Welsh is a first draft by the developers and must be checked by a Welsh speaker before a force
 * sends it (Welsh Language Standards: Welsh must not be treated less favourably than English).
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

export const MESSAGE_CATALOGUES = { en, cy } as const;

// Our own instance: the portal or a test may configure the global one differently.
const i18n = i18next.createInstance();
void i18n.init({
  // The catalogues are in memory, so initialising synchronously means `t` is ready at import.
  initAsync: false,
  lng: 'en',
  // A key missing in Welsh shows the English rather than the key's name.
  fallbackLng: 'en',
  resources: { en: { translation: en }, cy: { translation: cy } },
  // Strings come out as plain text: the HTML renderer escapes every one of them, and the text
  // part and the subject must not contain entities.
  interpolation: { escapeValue: false },
});

export interface MailMessages {
  /** BCP 47 tag: "en-GB" or "cy". */
  locale: string;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  month(month: string): string;
  calendarDate(isoDate: string): string;
  ukDay(at: Date): string;
  ukDateTime(at: Date): string;
}

export function mailMessages(language: MailLanguage): MailMessages {
  // i18next's language is the catalogue's code; `lang=""` and Intl take the BCP 47 tag.
  const { code, tag: locale } = languageOf(language);
  const t = i18n.getFixedT(code);
  return {
    locale,
    t: (key, values) => t(key, values ?? {}),
    month: (month) => formatMonth(month, locale),
    calendarDate: (isoDate) => formatCalendarDate(isoDate, locale),
    ukDay: (at) => formatUkDay(at, locale),
    ukDateTime: (at) => formatUkDateTime(at, locale),
  };
}
