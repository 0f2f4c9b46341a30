import { summaryProblems, type SummaryProblem } from '#lib/forms/error-messages.ts';
import { m } from '#lib/paraglide/messages.js';
import { isLocalDate } from '#lib/forms/dates.ts';
import { field } from '#lib/forms/form.ts';

/**
 * The survey administration forms: a new round, a local question, the national comparison
 * figure. Each reads what was typed (kept on an error) and names each problem by a message key.
 */

const ERRORS = {
  label_missing: m.survey_admin_error_label_missing,
  label_too_long: m.survey_admin_error_label_too_long,
  opens_invalid: m.survey_admin_error_opens_invalid,
  closes_invalid: m.survey_admin_error_closes_invalid,
  closes_before_opens: m.survey_admin_error_closes_before_opens,
  areas_missing: m.survey_admin_error_areas_missing,
  round_missing: m.survey_admin_error_round_missing,
  area_missing: m.survey_admin_error_area_missing,
  text_missing: m.survey_admin_error_text_missing,
  text_too_long: m.survey_admin_error_text_too_long,
  value_invalid: m.survey_admin_error_value_invalid,
} satisfies Record<string, () => string>;

export type SurveyAdminErrorKey = keyof typeof ERRORS;

export interface AdminFailure<Values> {
  form: 'create' | 'question' | 'national';
  values: Values;
  errors: Partial<Record<string, SurveyAdminErrorKey>>;
  problem?: string;
}

export function adminErrorText(key: SurveyAdminErrorKey | undefined): string | undefined {
  return key ? ERRORS[key]() : undefined;
}

export function adminProblems(
  failure:
    { errors?: Partial<Record<string, SurveyAdminErrorKey>>; problem?: string } | null | undefined,
  order: string[],
): SummaryProblem[] {
  return summaryProblems(failure, order, (key) => ERRORS[key]());
}

/** A round's name is shown to residents in every invitation: "November 2026". */
const LABEL_MAX = 100;
/** A question fits on one line of the form. */
const QUESTION_MAX = 300;

export interface RoundValues {
  label: string;
  opensOn: string;
  closesOn: string;
  /** "FORCE" for every NPA, "AREAS" for the ones ticked. */
  scope: string;
  policingAreaIds: string[];
}

export const ROUND_ORDER = ['label', 'opensOn', 'closesOn', 'scope'];

export function readRoundForm(form: FormData) {
  const values: RoundValues = {
    label: field(form, 'label'),
    opensOn: field(form, 'opensOn'),
    closesOn: field(form, 'closesOn'),
    scope: field(form, 'scope') || 'FORCE',
    policingAreaIds: form.getAll('policingAreaIds').map(String).filter(Boolean),
  };
  const errors: AdminFailure<RoundValues>['errors'] = {};
  if (!values.label) errors['label'] = 'label_missing';
  else if (values.label.length > LABEL_MAX) errors['label'] = 'label_too_long';
  if (!isLocalDate(values.opensOn)) errors['opensOn'] = 'opens_invalid';
  if (!isLocalDate(values.closesOn)) errors['closesOn'] = 'closes_invalid';
  else if (!errors['opensOn'] && values.closesOn <= values.opensOn) {
    errors['closesOn'] = 'closes_before_opens';
  }
  if (values.scope === 'AREAS' && values.policingAreaIds.length === 0) {
    errors['scope'] = 'areas_missing';
  }
  if (Object.keys(errors).length > 0) return { ok: false as const, values, errors };
  return {
    ok: true as const,
    values,
    input: {
      label: values.label,
      opensOn: values.opensOn,
      closesOn: values.closesOn,
      policingAreaIds: values.scope === 'AREAS' ? values.policingAreaIds : [],
    },
  };
}

export interface QuestionValues {
  roundId: string;
  policingAreaId: string;
  text: string;
  textCy: string;
}

export const QUESTION_ORDER = [
  'question-round',
  'question-area',
  'question-text',
  'question-text-cy',
];

export function readQuestionForm(form: FormData) {
  const values: QuestionValues = {
    roundId: field(form, 'question-round'),
    policingAreaId: field(form, 'question-area'),
    text: field(form, 'question-text'),
    textCy: field(form, 'question-text-cy'),
  };
  const errors: AdminFailure<QuestionValues>['errors'] = {};
  if (!values.roundId) errors['question-round'] = 'round_missing';
  if (!values.policingAreaId) errors['question-area'] = 'area_missing';
  if (!values.text) errors['question-text'] = 'text_missing';
  else if (values.text.length > QUESTION_MAX) errors['question-text'] = 'text_too_long';
  if (values.textCy.length > QUESTION_MAX) errors['question-text-cy'] = 'text_too_long';
  if (Object.keys(errors).length > 0) return { ok: false as const, values, errors };
  return {
    ok: true as const,
    values,
    input: {
      roundId: values.roundId,
      policingAreaId: values.policingAreaId,
      text: values.text,
      textCy: values.textCy || null,
    },
  };
}

export interface NationalValues {
  roundId: string;
  value: string;
}

export const NATIONAL_ORDER = ['national-round', 'national-value'];

export function readNationalForm(form: FormData) {
  const values: NationalValues = {
    roundId: field(form, 'national-round'),
    value: field(form, 'national-value').replace(/%$/, '').trim(),
  };
  const errors: AdminFailure<NationalValues>['errors'] = {};
  if (!values.roundId) errors['national-round'] = 'round_missing';
  const value = Number(values.value);
  if (!values.value || !Number.isFinite(value) || value < 0 || value > 100) {
    errors['national-value'] = 'value_invalid';
  }
  if (Object.keys(errors).length > 0) return { ok: false as const, values, errors };
  return { ok: true as const, values, input: { roundId: values.roundId, value } };
}
