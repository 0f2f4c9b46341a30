import { STANDARD_QUESTIONS, isCounted, isPositive, type StandardAnswers } from './answers.ts';
import { questionShares, type PositiveShare } from './positive-share.ts';
import type { StandardQuestion } from './answers.ts';

/**
 * Overall confidence for a set of respondents, as the force defines it: the mean of the five
 * standard questions' positive shares, each question weighted equally (not each answer).
 *
 * domain.md says only that the five are "averaged into one overall confidence score"; it says
 * nothing about a question nobody gave a counted answer to. We exclude such a question from the
 * mean rather than count it as 0%, because 0% would claim everyone disagreed. The result says how
 * many questions contributed (`questionsCounted`, 0–5) so a reader, or the resolver, can tell a
 * five-question score from a partial one; `score` is null when no question contributed.
 */
export interface OverallConfidence {
  /** Mean of the contributing questions' shares, 0–1; null when none contributed. */
  readonly score: number | null;
  /** How many of the five questions had a base above 0 and so entered the mean. */
  readonly questionsCounted: number;
  /**
   * Respondents with at least one counted answer: the people the score is actually from, and so
   * the number to pass to `suppress`. Someone who answered "don't know" throughout is not here.
   */
  readonly respondents: number;
  readonly byQuestion: Readonly<Record<StandardQuestion, PositiveShare>>;
}

export function overallConfidence(respondents: readonly StandardAnswers[]): OverallConfidence {
  const byQuestion = questionShares(respondents);
  const shares = STANDARD_QUESTIONS.map((q) => byQuestion[q].share).filter(
    (share): share is number => share !== null,
  );
  const score = shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
  const contributing = respondents.filter((r) => respondentScore(r) !== null).length;
  return { score, questionsCounted: shares.length, respondents: contributing, byQuestion };
}

/**
 * One respondent's own score: their positive answers over their counted answers (0–1), or null
 * when every answer was "don't know" or skipped. Intervals and tests for the overall score use
 * these as the per-person observations (see intervals.ts for why).
 */
export function respondentScore(answers: StandardAnswers): number | null {
  let positive = 0;
  let counted = 0;
  for (const question of STANDARD_QUESTIONS) {
    const answer = answers[question];
    if (!isCounted(answer)) continue;
    counted += 1;
    if (isPositive(answer)) positive += 1;
  }
  return counted === 0 ? null : positive / counted;
}

/** The scores of the respondents who gave at least one counted answer. */
export function respondentScores(respondents: readonly StandardAnswers[]): number[] {
  return respondents.map(respondentScore).filter((score): score is number => score !== null);
}
