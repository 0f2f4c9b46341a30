import {
  LANGUAGES,
  SOURCE_LANGUAGE,
  isLanguageCode,
  residentLanguageOf,
  type Language,
  type LanguageCode,
  type ResidentLanguage,
} from '@engage/shared/languages';
import { characters, field, type FormFailure, type FormRead } from '#lib/forms/form.ts';
import type { StaffPriority } from './team-work.ts';
import { TEXT_MAX, TITLE_MAX } from './priority-form.ts';

/** Every language but English: officers write in English, and translate into these. */
export const TRANSLATION_LANGUAGES: readonly Language[] = LANGUAGES.filter(
  (language) => language.code !== SOURCE_LANGUAGE,
);

/** "Urdu – اردو": a language named in English (for staff) and in itself. */
export function languageLabel(language: Language): string {
  return language.englishName === language.name
    ? language.name
    : `${language.englishName} – ${language.name}`;
}

/** The query parameters that open the translation form (a GET form, so it works without JavaScript). */
export const TRANSLATE_PARAM = 'translate';
export const UPDATE_PARAM = 'update';

/**
 * What the form translates: the priority's title and "You said", or one "We did" update. The
 * fields' names differ from the priority's own form on the same page, so no two share an id.
 */
export interface TranslationValues {
  language: string;
  update: string;
  translatedTitle: string;
  translatedSaid: string;
  translatedWeDid: string;
}

export type TranslationInput =
  | { kind: 'priority'; language: ResidentLanguage; title: string; residentsSaid: string }
  | { kind: 'update'; updateId: string; language: ResidentLanguage; weDid: string };

export const isTranslationLanguage = (code: string): code is LanguageCode =>
  isLanguageCode(code) && code !== SOURCE_LANGUAGE;

export function readTranslationForm(form: FormData): FormRead<TranslationValues, TranslationInput> {
  const values: TranslationValues = {
    language: field(form, 'language'),
    update: field(form, 'update'),
    translatedTitle: field(form, 'translatedTitle'),
    translatedSaid: field(form, 'translatedSaid'),
    translatedWeDid: field(form, 'translatedWeDid'),
  };
  const errors: FormFailure<TranslationValues>['errors'] = {};
  // The language comes from the page's own link or hidden field, never typed: no field to mark.
  if (!isTranslationLanguage(values.language)) return { ok: false, values, errors: {} };
  const language = residentLanguageOf(values.language);
  if (values.update) {
    if (!values.translatedWeDid) errors.translatedWeDid = 'we_did_missing';
    else if (characters(values.translatedWeDid) > TEXT_MAX)
      errors.translatedWeDid = 'text_too_long';
    if (Object.keys(errors).length > 0) return { ok: false, values, errors };
    return {
      ok: true,
      values,
      input: { kind: 'update', updateId: values.update, language, weDid: values.translatedWeDid },
    };
  }
  if (!values.translatedTitle) errors.translatedTitle = 'title_missing';
  else if (characters(values.translatedTitle) > TITLE_MAX)
    errors.translatedTitle = 'title_too_long';
  if (!values.translatedSaid) errors.translatedSaid = 'said_missing';
  else if (characters(values.translatedSaid) > TEXT_MAX) errors.translatedSaid = 'text_too_long';
  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: {
      kind: 'priority',
      language,
      title: values.translatedTitle,
      residentsSaid: values.translatedSaid,
    },
  };
}

/** The translation being written, as the page's query asks: which language, of what, and its words so far. */
export interface TranslationTarget {
  language: Language;
  /** Null: the priority's title and "You said". */
  update: StaffPriority['updates'][number] | null;
  values: TranslationValues;
}

/** The translation the page's address asks for (?translate=ur&update=…), if any. */
export function requestedTranslation(url: URL, priority: StaffPriority): TranslationTarget | null {
  return translationTarget(
    priority,
    url.searchParams.get(TRANSLATE_PARAM) ?? '',
    url.searchParams.get(UPDATE_PARAM),
  );
}

/**
 * The translation into `code` of the priority, or of its update `updateId`, with its words so far;
 * null for English, a language we do not have, or an update the priority does not have.
 */
export function translationTarget(
  priority: StaffPriority,
  code: string,
  updateId: string | null,
): TranslationTarget | null {
  if (!isTranslationLanguage(code)) return null;
  const language = LANGUAGES.find((candidate) => candidate.code === code)!;
  const resident = residentLanguageOf(code);
  const values: TranslationValues = {
    language: code,
    update: '',
    translatedTitle: '',
    translatedSaid: '',
    translatedWeDid: '',
  };
  if (updateId) {
    const update = priority.updates.find((candidate) => candidate.id === updateId);
    if (!update) return null;
    const existing = update.translations.find((t) => t.language === resident);
    return {
      language,
      update,
      values: { ...values, update: update.id, translatedWeDid: existing?.weDid ?? '' },
    };
  }
  const existing = priority.translations.find((t) => t.language === resident);
  return {
    language,
    update: null,
    values: {
      ...values,
      translatedTitle: existing?.title ?? '',
      translatedSaid: existing?.residentsSaid ?? '',
    },
  };
}

/**
 * What a "Remove" button names, sent back by the confirmation (ConfirmAction sends one `id`):
 * the language, and the update's id when it is an update's translation.
 */
export function removalId(language: ResidentLanguage, updateId?: string): string {
  return updateId ? `${language}:${updateId}` : language;
}

export function readRemovalId(
  id: string,
): { language: ResidentLanguage; updateId: string | null } | null {
  const [code = '', updateId = null] = id.split(':', 2);
  const lower = code.toLowerCase();
  if (!isTranslationLanguage(lower)) return null;
  return { language: residentLanguageOf(lower), updateId: updateId || null };
}
