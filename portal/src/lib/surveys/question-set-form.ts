import { characters, field } from '#lib/forms/form.ts';

/** The form for a new version of the five standard questions: each in English and Welsh. */

export const STANDARD_CODES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;
export const QUESTION_TEXT_MIN = 5;
export const QUESTION_TEXT_MAX = 300;

/** Each question's wording, by field name: "Q1-en", "Q1-cy", … */
export type QuestionValues = Record<string, string>;
export type QuestionErrorKey = 'length' | 'unchanged';

export const QUESTION_FIELDS = STANDARD_CODES.flatMap((code) => [`${code}-en`, `${code}-cy`]);

export function questionValues(
  questions: readonly { code: string; en: string; cy: string }[],
): QuestionValues {
  return Object.fromEntries(
    questions.flatMap(({ code, en, cy }) => [
      [`${code}-en`, en],
      [`${code}-cy`, cy],
    ]),
  );
}

export function readQuestionSetForm(form: FormData, current: QuestionValues) {
  const values: QuestionValues = Object.fromEntries(
    QUESTION_FIELDS.map((name) => [name, field(form, name)]),
  );
  const errors: Partial<Record<string, QuestionErrorKey>> = {};
  for (const name of QUESTION_FIELDS) {
    const length = characters(values[name]!);
    if (length < QUESTION_TEXT_MIN || length > QUESTION_TEXT_MAX) errors[name] = 'length';
  }
  if (
    Object.keys(errors).length === 0 &&
    QUESTION_FIELDS.every((name) => values[name] === current[name])
  ) {
    errors[QUESTION_FIELDS[0]!] = 'unchanged';
  }
  if (Object.keys(errors).length > 0) return { ok: false as const, values, errors };
  return {
    ok: true as const,
    values,
    input: STANDARD_CODES.map((code) => ({
      code,
      en: values[`${code}-en`]!,
      cy: values[`${code}-cy`]!,
    })),
  };
}
