import {
  STANDARD_QUESTIONS,
  type Answer,
  type StandardAnswers,
} from '../../src/modules/scoring/answers.ts';

/** One respondent's answers, in the order the questions are asked (skip one with undefined). */
export function respondent(...answers: (Answer | undefined)[]): StandardAnswers {
  const result: Partial<Record<(typeof STANDARD_QUESTIONS)[number], Answer>> = {};
  STANDARD_QUESTIONS.forEach((question, i) => {
    const answer = answers[i];
    if (answer !== undefined) result[question] = answer;
  });
  return result;
}

/** Someone who agrees with `positives` of the five questions and disagrees with the rest. */
export function agreesWith(positives: number): StandardAnswers {
  return respondent(
    ...STANDARD_QUESTIONS.map((_, i): Answer => (i < positives ? 'AGREE' : 'DISAGREE')),
  );
}

export function times(n: number, answers: StandardAnswers): StandardAnswers[] {
  return Array.from({ length: n }, () => answers);
}

export const ALL_DONT_KNOW = respondent(...STANDARD_QUESTIONS.map((): Answer => 'DONT_KNOW'));
