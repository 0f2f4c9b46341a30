import { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';
import { characters, field } from '#lib/forms/form.ts';
import { RICH_TEXT_MAX, TITLE_MAX, type NewsletterErrorKey } from '#lib/newsletters/form.ts';

/** The languages an issue can be translated into: every resident language but English. */
export const TRANSLATION_LANGUAGES = RESIDENT_LANGUAGES.filter((language) => language !== 'EN');

export function isTranslationLanguage(value: unknown): value is ResidentLanguage {
  return (TRANSLATION_LANGUAGES as readonly unknown[]).includes(value);
}

export interface TranslationValues {
  language: string;
  title: string;
  introduction: string;
  advice: string;
}

export type TranslationErrorKey =
  | Extract<
      NewsletterErrorKey,
      'title_missing' | 'title_too_long' | 'introduction_too_long' | 'advice_too_long'
    >
  | 'language_missing';

export const TRANSLATION_ORDER: (keyof TranslationValues)[] = [
  'language',
  'title',
  'introduction',
  'advice',
];

export type TranslationRead =
  | { ok: true; values: TranslationValues & { language: ResidentLanguage } }
  | {
      ok: false;
      values: TranslationValues;
      errors: Partial<Record<keyof TranslationValues, TranslationErrorKey>>;
    };

/** The same limits as the English issue's (form.ts), checked before the service checks again. */
export function readTranslationForm(form: FormData): TranslationRead {
  const values: TranslationValues = {
    language: field(form, 'language'),
    title: field(form, 'title'),
    introduction: field(form, 'introduction'),
    advice: field(form, 'advice'),
  };
  const errors: Partial<Record<keyof TranslationValues, TranslationErrorKey>> = {};
  if (!isTranslationLanguage(values.language)) errors.language = 'language_missing';
  if (!values.title) errors.title = 'title_missing';
  else if (characters(values.title) > TITLE_MAX) errors.title = 'title_too_long';
  if (characters(values.introduction) > RICH_TEXT_MAX)
    errors.introduction = 'introduction_too_long';
  if (characters(values.advice) > RICH_TEXT_MAX) errors.advice = 'advice_too_long';
  if (Object.keys(errors).length > 0 || !isTranslationLanguage(values.language)) {
    return { ok: false, values, errors };
  }
  return { ok: true, values: { ...values, language: values.language } };
}
