import { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';

/**
 * A question's wording in each language it has been translated into, by `ResidentLanguage`.
 * English is always there: it is the source every translation is made from, and what a resident
 * reads when their language has no translation (a local question an NPA wrote in English only).
 */
export type QuestionTexts = { EN: string } & Partial<Record<ResidentLanguage, string>>;

/** The wording for `language`, and the language it is really in (EN when it fell back). */
export interface ShownText {
  text: string;
  language: ResidentLanguage;
}

export function textIn(texts: QuestionTexts, language: ResidentLanguage): ShownText {
  const translated = texts[language];
  return translated ? { text: translated, language } : { text: texts.EN, language: 'EN' };
}

/** The languages a question has a wording in, in the order of the one list. */
export const languagesOf = (texts: QuestionTexts): ResidentLanguage[] =>
  RESIDENT_LANGUAGES.filter((language) => Boolean(texts[language]));

/** Two wordings are the same when every language has the same text, or neither has one. */
export const sameTexts = (a: QuestionTexts, b: QuestionTexts): boolean =>
  RESIDENT_LANGUAGES.every((language) => (a[language] ?? '') === (b[language] ?? ''));
