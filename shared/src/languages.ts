/**
 * The languages residents can read Neighbourhood Link in: the portal, every mail and the "Your
 * Views" survey. This list is the one place a language is configured; adding one is one line here
 * plus its message files (README, "Adding a language"). Everything else derives from it: the
 * portal's locales (project.inlang/settings.json is generated from it), the GraphQL
 * `ResidentLanguage` enum, the mail languages, text direction and the bundled font.
 *
 * The order is the order of the language list on every page: English and Welsh first (the
 * languages of the UK's statutes), then by English name.
 */
export const LANGUAGES = [
  {
    code: 'en',
    tag: 'en-GB',
    name: 'English',
    englishName: 'English',
    dir: 'ltr',
    script: 'latin',
  },
  { code: 'cy', tag: 'cy', name: 'Cymraeg', englishName: 'Welsh', dir: 'ltr', script: 'latin' },
  { code: 'ar', tag: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', script: 'arabic' },
  {
    code: 'gu',
    tag: 'gu',
    name: 'ગુજરાતી',
    englishName: 'Gujarati',
    dir: 'ltr',
    script: 'gujarati',
  },
  { code: 'pl', tag: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', script: 'latin' },
  {
    code: 'pa',
    tag: 'pa-Guru',
    name: 'ਪੰਜਾਬੀ',
    englishName: 'Punjabi (Gurmukhi)',
    dir: 'ltr',
    script: 'gurmukhi',
  },
  { code: 'so', tag: 'so', name: 'Soomaali', englishName: 'Somali', dir: 'ltr', script: 'latin' },
  { code: 'ur', tag: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', script: 'urdu' },
] as const satisfies readonly LanguageDefinition[];

/** The writing systems we bundle a Noto font for (portal/src/lib/i18n/fonts.css). */
export type Script = 'latin' | 'arabic' | 'urdu' | 'gujarati' | 'gurmukhi';

export interface LanguageDefinition {
  /** The message catalogues' locale and the portal's cookie value: ISO 639-1, lower case. */
  code: string;
  /** BCP 47 tag for `lang=""` in mail and for Intl (numbers, dates, plural rules). */
  tag: string;
  /** The language named in itself, as the language list shows it. */
  name: string;
  /** Its English name, for staff pages and translators. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  script: Script;
}

export type Language = (typeof LANGUAGES)[number];
/** "en", "cy", "ur", …: the portal's locale and a catalogue's file name. */
export type LanguageCode = Language['code'];
/** "EN", "CY", "UR", …: the GraphQL `ResidentLanguage` value and the database column value. */
export type ResidentLanguage = Uppercase<LanguageCode>;

/** English is the source language: officers write in it, every catalogue is translated from it. */
export const SOURCE_LANGUAGE = 'en' satisfies LanguageCode;

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as LanguageCode[];

export const RESIDENT_LANGUAGES = LANGUAGES.map((language) =>
  language.code.toUpperCase(),
) as ResidentLanguage[] as readonly ResidentLanguage[];

const BY_CODE = new Map<string, Language>(LANGUAGES.map((language) => [language.code, language]));

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function isResidentLanguage(value: unknown): value is ResidentLanguage {
  return (
    typeof value === 'string' && BY_CODE.has(value.toLowerCase()) && value === value.toUpperCase()
  );
}

/** The language for a catalogue code or a `ResidentLanguage` value ("ur" or "UR"). */
export function languageOf(code: LanguageCode | ResidentLanguage): Language {
  const language = BY_CODE.get(code.toLowerCase());
  if (!language)
    throw new Error(`"${code}" is not one of the languages in shared/src/languages.ts`);
  return language;
}

export const residentLanguageOf = (code: LanguageCode): ResidentLanguage =>
  code.toUpperCase() as ResidentLanguage;

export const languageCodeOf = (language: ResidentLanguage): LanguageCode =>
  language.toLowerCase() as LanguageCode;
