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
  /** The field `problem` is about, when the service named one of this form's (`extensions.field`). */
  problemField?: keyof Values & string;
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

/**
 * The service refused the form (BAD_USER_INPUT, CONFLICT): every value kept, its words for the
 * error summary and, given `formWrite`'s result when it named the field they are about
 * (`extensions.field`) and that field is one of this form's, beside that field too. `fields` maps
 * the service's input names to the form's where they differ (`{ closesOn: 'closes' }`). Pass the
 * result, not its `problem`: a string is words for the summary alone.
 */
export function refused<Values extends object>(
  values: Values,
  said: string | { problem: string; field?: string },
  fields: Readonly<Record<string, keyof Values & string>> = {},
): Refusal<Values> {
  // A string: the service's words alone (or the page's own), for the summary only.
  const refusal = typeof said === 'string' ? { problem: said } : said;
  const name = refusal.field === undefined ? undefined : (fields[refusal.field] ?? refusal.field);
  const problemField =
    name !== undefined && Object.hasOwn(values, name) ? (name as keyof Values & string) : undefined;
  return {
    values,
    errors: {},
    problem: refusal.problem,
    ...(problemField ? { problemField } : {}),
  };
}

/** A `FormFailure` with no errors of the form's own: it fits any form's error keys. */
export interface Refusal<Values> {
  values: Values;
  errors: Partial<Record<keyof Values & string, never>>;
  problem: string;
  problemField?: keyof Values & string;
}

interface SaidAbout {
  problem?: unknown;
  problemField?: unknown;
}

/** The failures a page got back (`page.form`): its own, or those of its named forms. */
function failuresIn(form: unknown): SaidAbout[] {
  if (typeof form !== 'object' || form === null) return [];
  const named = Object.values(form).filter(
    (value): value is SaidAbout =>
      typeof value === 'object' && value !== null && 'problemField' in value,
  );
  return [form as SaidAbout, ...named];
}

/**
 * What the service said about one field, when a refused form named it (`refused` above): form
 * components show it beside the field, as they show the form's own errors.
 */
export function saidAbout(form: unknown, field: string): string | undefined {
  const failure = failuresIn(form).find((one) => one.problemField === field);
  return typeof failure?.problem === 'string' ? failure.problem : undefined;
}

/** The field a problem of the service's is about, for the error summary's link to it. */
export function fieldOfProblem(form: unknown, problem: string): string | undefined {
  const failure = failuresIn(form).find(
    (one) => one.problem === problem && typeof one.problemField === 'string',
  );
  return failure?.problemField as string | undefined;
}
