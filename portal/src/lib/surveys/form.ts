import type { Demographics } from '@engage/shared/demographics';
import {
  ANSWER_CHOICES,
  DEMOGRAPHIC_QUESTIONS,
  type AnswerChoice,
  type DemographicName,
  type SurveyQuestion,
} from '#lib/surveys/surveys.ts';
import { m } from '#lib/paraglide/messages.js';
import { field } from '#lib/forms/form.ts';

/**
 * The "Your Views" form, read from a POST. Every answer is kept as sent, so a page with an error
 * shows the form again exactly as the resident left it. Field names are the question codes
 * ("answer-Q1"), stable within a round and safe as ids for the error summary's links.
 */

export type SurveyErrorKey =
  | 'answer_missing'
  /** A local question the resident has not seen yet: found from the postcode they gave. */
  | 'local_missing'
  | 'demographic_missing'
  | 'postcode_invalid'
  | 'postcode_not_found';

export interface SurveyValues {
  /** By question code. */
  answers: Record<string, string>;
  consent: boolean;
  ageBand: string;
  ethnicGroup: string;
  disability: string;
  gender: string;
  postcode: string;
}

export type SurveyErrors = Record<string, SurveyErrorKey>;

export interface SurveyAnswers {
  answers: { questionId: string; choice: AnswerChoice }[];
  demographics: Demographics | null;
}

export const answerField = (question: Pick<SurveyQuestion, 'code'>) => `answer-${question.code}`;

const isChoice = (value: string): value is AnswerChoice =>
  (ANSWER_CHOICES as readonly string[]).includes(value);

export function emptySurveyValues(): SurveyValues {
  return {
    answers: {},
    consent: false,
    ageBand: '',
    ethnicGroup: '',
    disability: '',
    gender: '',
    postcode: '',
  };
}

export function surveyValues(form: FormData, questions: SurveyQuestion[]): SurveyValues {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = field(form, answerField(question));
    if (value) answers[question.code] = value;
  }
  return {
    answers,
    consent: field(form, 'consent') === 'yes',
    ageBand: field(form, 'ageBand'),
    ethnicGroup: field(form, 'ethnicGroup'),
    disability: field(form, 'disability'),
    gender: field(form, 'gender'),
    postcode: field(form, 'postcode'),
  };
}

/**
 * Checks the values against the round's questions. `seen` is the codes the resident was shown:
 * a question they could not have seen (a local one, found from their postcode) gets its own words.
 */
export function checkSurvey(
  values: SurveyValues,
  questions: SurveyQuestion[],
  seen: Set<string> = new Set(questions.map((question) => question.code)),
): { ok: true; input: SurveyAnswers } | { ok: false; errors: SurveyErrors } {
  const errors: SurveyErrors = {};
  const answers: SurveyAnswers['answers'] = [];
  for (const question of questions) {
    const choice = values.answers[question.code] ?? '';
    if (isChoice(choice)) answers.push({ questionId: question.id, choice });
    else
      errors[answerField(question)] = seen.has(question.code) ? 'answer_missing' : 'local_missing';
  }

  let demographics: Demographics | null = null;
  // Without consent nothing about the person is sent, whatever was chosen (radios cannot be
  // cleared without JavaScript, so an error here would trap someone who changed their mind).
  if (values.consent) {
    for (const question of DEMOGRAPHIC_QUESTIONS) {
      if (!(question.values as readonly string[]).includes(values[question.name])) {
        errors[question.name] = 'demographic_missing';
      }
    }
    demographics = {
      ageBand: values.ageBand,
      ethnicGroup: values.ethnicGroup,
      disability: values.disability,
      gender: values.gender,
    } as Demographics;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { answers, demographics } };
}

/** The order fields appear on the page, for the error summary. */
export function surveyFieldOrder(questions: SurveyQuestion[]): string[] {
  const names: DemographicName[] = DEMOGRAPHIC_QUESTIONS.map((question) => question.name);
  return ['postcode', ...questions.map(answerField), ...names];
}

/** An error in the resident's language; a question's error names the question. */
export function surveyErrorText(
  key: SurveyErrorKey,
  question?: Pick<SurveyQuestion, 'text'>,
): string {
  switch (key) {
    case 'answer_missing':
      return m.survey_error_answer_missing({ question: question?.text ?? '' });
    case 'local_missing':
      return m.survey_error_local_missing({ question: question?.text ?? '' });
    case 'demographic_missing':
      return m.survey_error_demographic_missing();
    case 'postcode_invalid':
      return m.survey_error_postcode_invalid();
    case 'postcode_not_found':
      return m.survey_error_postcode_not_found();
  }
}

/** The error summary's list, in page order. */
export function surveyProblems(
  errors: SurveyErrors | undefined,
  questions: SurveyQuestion[],
): { field: string; text: string }[] {
  if (!errors) return [];
  const byField = new Map(questions.map((question) => [answerField(question), question]));
  return surveyFieldOrder(questions).flatMap((name) => {
    const key = errors[name];
    return key ? [{ field: name, text: surveyErrorText(key, byField.get(name)) }] : [];
  });
}
