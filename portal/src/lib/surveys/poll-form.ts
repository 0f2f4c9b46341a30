import { isLocalDateTime, londonToIso } from '#lib/forms/dates.ts';
import { characters, field } from '#lib/forms/form.ts';
import { m } from '#lib/paraglide/messages.js';
import { summaryProblems, type SummaryProblem } from '#lib/forms/error-messages.ts';

/** A new quick poll as staff type it: the question, up to six answers, an optional closing time. */

export const POLL_QUESTION_MIN = 5;
export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 100;
export const POLL_OPTIONS = 6;
export const POLL_OPTIONS_MIN = 2;

export const OPTION_FIELDS = Array.from({ length: POLL_OPTIONS }, (_, i) => `option${i + 1}`);

export interface PollValues {
  question: string;
  /** option1 … option6, empty when not used. */
  options: string[];
  closesAt: string;
}

const POLL_ERRORS = {
  question_missing: m.poll_form_question_missing,
  question_too_short: m.poll_form_question_too_short,
  question_too_long: m.poll_form_question_too_long,
  options_too_few: m.poll_form_options_too_few,
  option_too_long: m.poll_form_option_too_long,
  option_repeated: m.poll_form_option_repeated,
  date_time_invalid: m.form_date_time_invalid,
  closes_past: m.poll_form_closes_past,
} satisfies Record<string, () => string>;

export type PollErrorKey = keyof typeof POLL_ERRORS;

export const pollErrorText = (key: PollErrorKey | undefined) =>
  key ? POLL_ERRORS[key]() : undefined;

/** The fields in page order, for the error summary. */
export const POLL_ORDER = ['question', ...OPTION_FIELDS, 'closesAt'];

export interface PollFailure {
  values: PollValues;
  errors: Partial<Record<string, PollErrorKey>>;
  problem?: string;
}

export function pollProblems(failure: PollFailure | null | undefined): SummaryProblem[] {
  return summaryProblems(failure, POLL_ORDER, (key: PollErrorKey) => POLL_ERRORS[key]());
}

export const emptyPoll = (): PollValues => ({
  question: '',
  options: OPTION_FIELDS.map(() => ''),
  closesAt: '',
});

export type PollRead =
  | {
      ok: true;
      values: PollValues;
      input: { question: string; options: string[]; closesAt: string | null };
    }
  | ({ ok: false } & PollFailure);

export function readPollForm(form: FormData, now: Date = new Date()): PollRead {
  const values: PollValues = {
    question: field(form, 'question'),
    options: OPTION_FIELDS.map((name) => field(form, name)),
    closesAt: field(form, 'closesAt'),
  };
  const errors: PollFailure['errors'] = {};
  const length = characters(values.question);
  if (!values.question) errors['question'] = 'question_missing';
  else if (length < POLL_QUESTION_MIN) errors['question'] = 'question_too_short';
  else if (length > POLL_QUESTION_MAX) errors['question'] = 'question_too_long';

  const seen = new Set<string>();
  values.options.forEach((option, i) => {
    if (!option) return;
    const name = OPTION_FIELDS[i]!;
    if (characters(option) > POLL_OPTION_MAX) errors[name] = 'option_too_long';
    else if (seen.has(option.toLowerCase())) errors[name] = 'option_repeated';
    seen.add(option.toLowerCase());
  });
  const given = values.options.filter((option) => option.length > 0);
  if (given.length < POLL_OPTIONS_MIN) {
    // Beside the first empty answer of the two every poll needs.
    const first = values.options.findIndex((option) => !option);
    errors[OPTION_FIELDS[Math.min(first, POLL_OPTIONS_MIN - 1)]!] = 'options_too_few';
  }

  if (values.closesAt && !isLocalDateTime(values.closesAt))
    errors['closesAt'] = 'date_time_invalid';
  else if (values.closesAt && Date.parse(londonToIso(values.closesAt)) <= now.getTime()) {
    errors['closesAt'] = 'closes_past';
  }

  if (Object.keys(errors).length > 0) return { ok: false, values, errors };
  return {
    ok: true,
    values,
    input: {
      question: values.question,
      options: given,
      closesAt: values.closesAt ? londonToIso(values.closesAt) : null,
    },
  };
}
