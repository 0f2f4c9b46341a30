import type { FormErrorKey } from './error-messages.ts';

/**
 * What a form page gets back when a POST did not work: what was typed (kept in the fields), an
 * error per field as a message key (shown in the visitor's language), and, when the service
 * refused the whole thing, its message for the error summary.
 */
export interface FormFailure<Values> {
  values: Values;
  errors: Partial<Record<keyof Values & string, FormErrorKey>>;
  problem?: string;
}

export type FormRead<Values, Input> =
  { ok: true; input: Input; values: Values } | ({ ok: false } & FormFailure<Values>);

/** A text field's value, trimmed; a missing field or a file reads as empty. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Characters as people count them (code points), as the services count them (PlainText): a
 * Gujarati or emoji-laden text is not cut short at half its limit.
 */
export function characters(text: string): number {
  return [...text].length;
}

/** A list typed one per line or separated by commas ("Council, Fire service"). */
export function list(value: string): string[] {
  return value
    .split(/[\n,;]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** An https address, the only kind the service accepts for links and videos. */
export function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === 'https:';
}

/** The service refused the whole form (BAD_USER_INPUT): its message, and every value kept. */
export function refused<Values>(values: Values, problem: string): FormFailure<Values> {
  return { values, errors: {}, problem };
}
