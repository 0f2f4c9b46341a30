/**
 * The "Your Views" answer scale and the five standard questions, set centrally (domain.md).
 * Every question is answered on the same five-point agree/disagree scale plus "don't know".
 */

export const ANSWERS = [
  'STRONGLY_AGREE',
  'AGREE',
  'NEITHER',
  'DISAGREE',
  'STRONGLY_DISAGREE',
  'DONT_KNOW',
] as const;

export type Answer = (typeof ANSWERS)[number];

/** In the order the force asks them; the overall score weights all five equally. */
export const STANDARD_QUESTIONS = [
  'UNDERSTANDS_ISSUES',
  'FEEL_SAFE',
  'KEPT_INFORMED',
  'GOOD_JOB',
  'TRUST',
] as const;

export type StandardQuestion = (typeof STANDARD_QUESTIONS)[number];

/**
 * One respondent's answers to the standard questions. A question they skipped is absent, and
 * counts exactly like "don't know": it is in no base, so it can neither raise nor lower a score.
 */
export type StandardAnswers = Partial<Readonly<Record<StandardQuestion, Answer>>>;

/** Agree or strongly agree: the two answers the force counts as positive. */
export function isPositive(answer: Answer): boolean {
  return answer === 'STRONGLY_AGREE' || answer === 'AGREE';
}

/**
 * Whether an answer is in the base of a share. "Don't know" is not an opinion about the police,
 * so the force leaves it out; "neither" is an opinion, so it stays in and counts as not positive.
 */
export function isCounted(answer: Answer | undefined): answer is Answer {
  return answer !== undefined && answer !== 'DONT_KNOW';
}
