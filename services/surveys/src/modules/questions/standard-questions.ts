import { readFileSync } from 'node:fs';
import { LANGUAGE_CODES, residentLanguageOf } from '@engage/shared/languages';
import { STANDARD_QUESTIONS, type StandardQuestion } from '../scoring/index.ts';
import type { QuestionTexts } from './question-texts.ts';

/** The codes of the five standard questions, in the order they are asked. */
export const STANDARD_CODES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;
export type StandardCode = (typeof STANDARD_CODES)[number];

/** The scoring module's name for each code (Q1 is UNDERSTANDS_ISSUES, …). */
export const SCORING_NAME = Object.fromEntries(
  STANDARD_CODES.map((code, i) => [code, STANDARD_QUESTIONS[i]!]),
) as Record<StandardCode, StandardQuestion>;

export const isStandardCode = (code: string): code is StandardCode =>
  (STANDARD_CODES as readonly string[]).includes(code);

/**
 * The survey catalogue of one language, `messages/<code>.json`: flat, key → text, en.json the
 * source (`pnpm i18n check` reads them as the `survey` catalogue). Keys are `v<version>.<code>`:
 * the catalogue holds version 1's wording only. Later versions are published through
 * `publishQuestionSet` and live in the database, never here, so that editing a file can never
 * change what an earlier version asked.
 */
function catalogue(code: string): Record<string, string> {
  const file = new URL(`./messages/${code}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

const CATALOGUES = LANGUAGE_CODES.map(
  (code) => [residentLanguageOf(code), catalogue(code)] as const,
);

/**
 * Version 1: the force's five questions (domain.md) in every language with a catalogue entry.
 * English must be there for each; a language missing a question shows it in English.
 */
export const FIRST_QUESTION_SET: readonly { code: StandardCode; texts: QuestionTexts }[] =
  STANDARD_CODES.map((code) => {
    const key = `v1.${code}`;
    const texts = Object.fromEntries(
      CATALOGUES.flatMap(([language, messages]) =>
        messages[key] ? [[language, messages[key]]] : [],
      ),
    );
    if (!texts['EN']) throw new Error(`messages/en.json has no "${key}".`);
    return { code, texts: texts as QuestionTexts };
  });
