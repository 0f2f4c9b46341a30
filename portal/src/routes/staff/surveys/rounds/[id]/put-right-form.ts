import { summaryProblems, type SummaryProblem } from '#lib/forms/error-messages.ts';
import { characters, field } from '#lib/forms/form.ts';
import { m } from '#lib/paraglide/messages.js';

/**
 * The forms that put a round right: voiding it, and leaving its open-link answers out of the
 * figures (or counting them again). Each needs a reason; the answers forms need a choice of
 * which answers. Problems are message keys, said in the visitor's language by the page.
 */

const ERRORS = {
  reason_missing: m.round_fix_error_reason_missing,
  reason_too_long: m.round_fix_error_reason_too_long,
  scope_missing: m.round_fix_error_scope_missing,
  days_missing: m.round_fix_error_days_missing,
} satisfies Record<string, () => string>;

export type PutRightErrorKey = keyof typeof ERRORS;
export type AnswersChange = 'exclude' | 'include';

/** The service's limits (round-corrections.input.ts), counted in characters as people see them. */
const REASON_MIN = 5;
const REASON_MAX = 500;

export function putRightErrorText(key: PutRightErrorKey | undefined): string | undefined {
  return key ? ERRORS[key]() : undefined;
}

export function putRightProblems(
  failure: { errors?: Partial<Record<string, PutRightErrorKey>>; problem?: string } | null,
  order: readonly string[],
): SummaryProblem[] {
  return summaryProblems(failure, order, (key) => ERRORS[key]());
}

function reasonProblem(reason: string): PutRightErrorKey | null {
  const length = characters(reason);
  if (length < REASON_MIN) return 'reason_missing';
  return length > REASON_MAX ? 'reason_too_long' : null;
}

export const VOID_ORDER = ['void-reason'];

export function readVoidForm(form: FormData) {
  const values = { reason: field(form, 'void-reason') };
  const problem = reasonProblem(values.reason);
  const errors: Partial<Record<string, PutRightErrorKey>> = problem
    ? { 'void-reason': problem }
    : {};
  return { values, errors, ok: !problem };
}

export const answersOrder = (change: AnswersChange) => [
  `${change}-scope`,
  `${change}-days`,
  `${change}-reason`,
];

export interface AnswersValues {
  /** "ALL" for every open-link answer, "DAYS" for those of the days ticked. */
  scope: string;
  days: string[];
  reason: string;
}

export function readAnswersForm(form: FormData, change: AnswersChange) {
  const values: AnswersValues = {
    scope: field(form, `${change}-scope`),
    days: form
      .getAll(`${change}-days`)
      .map(String)
      .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)),
    reason: field(form, `${change}-reason`),
  };
  const errors: Partial<Record<string, PutRightErrorKey>> = {};
  if (values.scope !== 'ALL' && values.scope !== 'DAYS')
    errors[`${change}-scope`] = 'scope_missing';
  if (values.scope === 'DAYS' && values.days.length === 0)
    errors[`${change}-days`] = 'days_missing';
  const reason = reasonProblem(values.reason);
  if (reason) errors[`${change}-reason`] = reason;
  return {
    values,
    errors,
    ok: Object.keys(errors).length === 0,
    days: values.scope === 'DAYS' ? values.days : [],
  };
}
