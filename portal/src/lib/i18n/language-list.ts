import { LANGUAGES, type LanguageCode } from '@engage/shared/languages';

/** One entry of the language list at the top of every page. */
export interface LanguageChoice {
  /** The value posted to /language: the catalogue's locale. */
  code: LanguageCode;
  /** The language named in itself ("اردو", "Polski"), so a reader finds their own. */
  name: string;
  /** `lang` for that name: a screen reader reads each name in its own voice. */
  lang: string;
  /** `dir` for that name: Urdu and Arabic names run right to left on any page. */
  dir: 'ltr' | 'rtl';
  /** The page's own language: shown as text, not offered as a button. */
  current: boolean;
}

/** Every language in shared/src/languages.ts, in its order, the page's own marked. */
export function languageChoices(current: LanguageCode): LanguageChoice[] {
  return LANGUAGES.map((language) => ({
    code: language.code,
    name: language.name,
    lang: language.tag,
    dir: language.dir,
    current: language.code === current,
  }));
}
