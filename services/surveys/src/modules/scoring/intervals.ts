import type { StandardAnswers } from './answers.ts';
import { overallConfidence, respondentScores } from './confidence.ts';
import { type Interval } from '@engage/shared/scoring';
import { tQuantile } from './student-t.ts';

/**
 * A 95% interval for the overall confidence score (the mean of five shares from the same people).
 *
 * The five shares are not independent (the same person answers all five, and answers correlate),
 * so combining five Wilson intervals would be wrong. Instead each respondent contributes one
 * observation, their own score (positive answers over counted answers, confidence.ts), and we
 * take a t interval on the mean of those: estimate ± t(0.975, n−1) · s/√n, with s the sample SD
 * of respondent scores. When everyone answers all five (no "don't know"), the mean of respondent
 * scores IS the overall score, so this is the ordinary interval for a mean of independent people;
 * with "don't know"s the two differ slightly, and we centre on the official score and borrow the
 * respondent-score SE. We use t, not z, because published groups can be as small as 10 (t(9) =
 * 2.262 vs 1.960). Known limit: if every respondent has the same score (e.g. all 100%) s = 0 and
 * the interval has zero width; suppression below 10 respondents keeps the worst of those cases out.
 *
 * Null when fewer than 2 respondents contributed: one person gives no estimate of spread.
 */
export function overallInterval(respondents: readonly StandardAnswers[]): Interval | null {
  const { score } = overallConfidence(respondents);
  const scores = respondentScores(respondents);
  if (score === null || scores.length < 2) return null;
  return overallIntervalFromSummary(score, sampleSummary(scores));
}

/**
 * The same interval from a summary of the respondent scores, so it can be computed from SQL
 * aggregates (n, Σx, Σx²) without loading the respondents: see `summaryFromMoments`.
 */
export function overallIntervalFromSummary(
  score: number,
  { n, standardError }: SampleSummary,
): Interval | null {
  if (n < 2) return null;
  const half = tQuantile(0.95, n - 1) * standardError;
  return { estimate: score, low: Math.max(0, score - half), high: Math.min(1, score + half) };
}

export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
  standardError: number;
}

/**
 * A sample's summary from its count, sum and sum of squares (what a database aggregates). The
 * variance is Σ(x − m)²/(n − 1) rewritten as (Σx² − n·m²)/(n − 1), clamped at 0 against rounding
 * (values here are in [0, 1] and n is at most millions, so cancellation stays far below 1e-9).
 */
export function summaryFromMoments(n: number, sum: number, sumOfSquares: number): SampleSummary {
  if (n < 2) throw new RangeError(`need at least 2 values for a sample variance, got ${n}`);
  const mean = sum / n;
  const variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
  return { n, mean, variance, standardError: Math.sqrt(variance / n) };
}

/** Mean, sample variance (n − 1) and standard error of a sample of at least two numbers. */
export function sampleSummary(values: readonly number[]): SampleSummary {
  const n = values.length;
  if (n < 2) throw new RangeError(`need at least 2 values for a sample variance, got ${n}`);
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  return { n, mean, variance, standardError: Math.sqrt(variance / n) };
}
