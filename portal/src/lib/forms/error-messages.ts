import { m } from '#lib/paraglide/messages.js';

/**
 * Every problem a staff form can report, as a message key: the action decides which, the page
 * says it in the visitor's language.
 */
const FORM_ERRORS = {
  title_missing: m.form_title_missing,
  title_too_long: m.form_title_too_long,
  said_missing: m.form_said_missing,
  text_too_long: m.form_text_too_long,
  source_missing: m.form_source_missing,
  year_invalid: m.form_year_invalid,
  quarter_missing: m.form_quarter_missing,
  date_missing: m.form_date_missing,
  date_invalid: m.form_date_invalid,
  date_future: m.form_date_future,
  we_did_missing: m.form_we_did_missing,
  kind_missing: m.form_kind_missing,
  place_missing: m.form_place_missing,
  place_too_long: m.form_place_too_long,
  attendance_invalid: m.form_attendance_invalid,
  starts_missing: m.form_starts_missing,
  date_time_invalid: m.form_date_time_invalid,
  ends_before_start: m.form_ends_before_start,
  channel_missing: m.form_channel_missing,
  link_invalid: m.form_link_invalid,
  body_missing: m.form_body_missing,
  body_too_long: m.form_body_too_long,
  video_url_invalid: m.form_video_url_invalid,
  file_missing: m.form_file_missing,
  file_too_big: m.form_file_too_big,
  file_not_csv: m.form_file_not_csv,
  file_empty: m.form_file_empty,
  period_kind_missing: m.form_period_kind_missing,
  period_month_missing: m.form_period_month_missing,
  period_future: m.form_period_future,
  alert_title_too_long: m.form_alert_title_too_long,
  alert_body_missing: m.form_alert_body_missing,
  alert_body_too_long: m.form_alert_body_too_long,
} satisfies Record<string, () => string>;

export type FormErrorKey = keyof typeof FORM_ERRORS;

export function errorText(key: FormErrorKey | undefined): string | undefined {
  return key ? FORM_ERRORS[key]() : undefined;
}

/** One line of a GOV.UK error summary: a field's problem, or one that belongs to no field. */
export interface SummaryProblem {
  field?: string;
  text: string;
}

/**
 * The error summary's list, in the order the fields appear on the page, then the service's own
 * message (a BAD_USER_INPUT it explained in words), which belongs to no one field. Every form's
 * summary is built here; each form names its own keys and how to say them.
 */
export function summaryProblems<Key extends string>(
  failure: { errors?: Partial<Record<string, Key>>; problem?: string } | null | undefined,
  order: readonly string[],
  textOf: (key: Key) => string,
): SummaryProblem[] {
  if (!failure) return [];
  const errors = failure.errors ?? {};
  const fields = order.flatMap((name) => {
    const key = errors[name];
    return key ? [{ field: name, text: textOf(key) }] : [];
  });
  return failure.problem ? [...fields, { text: failure.problem }] : fields;
}

/** The summary for the staff forms whose problems are FormErrorKeys. */
export function problemsOf(
  failure: { errors: Partial<Record<string, FormErrorKey>>; problem?: string } | null | undefined,
  order: string[],
): SummaryProblem[] {
  return summaryProblems(failure, order, (key) => FORM_ERRORS[key]());
}
