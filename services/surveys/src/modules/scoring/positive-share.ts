import {
  STANDARD_QUESTIONS,
  isCounted,
  isPositive,
  type Answer,
  type StandardAnswers,
  type StandardQuestion,
} from './answers.ts';

/**
 * A question's positive share: (agree + strongly agree) / answers other than "don't know".
 * The counts are kept beside the share because intervals, tests and suppression need them, and
 * `share` is null (not 0, not NaN) when nobody gave a counted answer: 0% would be a false score.
 */
export interface PositiveShare {
  /** Agree + strongly agree. */
  readonly positive: number;
  /** Answers other than "don't know" (and other than skipped). */
  readonly base: number;
  /** positive / base, 0–1; null when base is 0. */
  readonly share: number | null;
}

export function positiveShare(answers: readonly (Answer | undefined)[]): PositiveShare {
  let positive = 0;
  let base = 0;
  for (const answer of answers) {
    if (!isCounted(answer)) continue;
    base += 1;
    if (isPositive(answer)) positive += 1;
  }
  return { positive, base, share: base === 0 ? null : positive / base };
}

/** The positive share of each of the five standard questions over the same respondents. */
export function questionShares(
  respondents: readonly StandardAnswers[],
): Readonly<Record<StandardQuestion, PositiveShare>> {
  const shares = {} as Record<StandardQuestion, PositiveShare>;
  for (const question of STANDARD_QUESTIONS) {
    shares[question] = positiveShare(respondents.map((answers) => answers[question]));
  }
  return shares;
}
