import type { StandardAnswers } from './answers.ts';
import { overallConfidence, respondentScores } from './confidence.ts';
import { sampleSummary, type SampleSummary } from './intervals.ts';
import { twoSidedNormalP } from '@engage/shared/scoring';
import type { PositiveShare } from './positive-share.ts';
import { twoSidedTP } from './student-t.ts';

/** Two-sided tests at 5%: the "significant change" flag beside a score that moved between rounds. */
const ALPHA = 0.05;

export interface ChangeTest {
  /** later − earlier, on the 0–1 scale. */
  readonly change: number;
  /** z or t: the change in standard errors. */
  readonly statistic: number;
  readonly pValue: number;
  readonly significant: boolean;
}

export interface WelchTest extends ChangeTest {
  readonly degreesOfFreedom: number;
}

/**
 * Two-proportion z-test with the pooled share under "no change": z = (p₂ − p₁) / √(p̂(1 − p̂)
 * (1/n₁ + 1/n₂)), p̂ = (x₁ + x₂)/(n₁ + n₂). Pooling is the textbook choice for testing equality,
 * and rounds are different samples of residents, so they are independent. Null when either round
 * has base 0. When both rounds are all-positive or all-negative, p̂(1 − p̂) = 0: nothing changed,
 * so z = 0 and p = 1 rather than 0/0.
 */
export function shareChange(earlier: PositiveShare, later: PositiveShare): ChangeTest | null {
  if (earlier.base === 0 || later.base === 0) return null;
  const p1 = earlier.positive / earlier.base;
  const p2 = later.positive / later.base;
  const pooled = (earlier.positive + later.positive) / (earlier.base + later.base);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / earlier.base + 1 / later.base));
  const change = p2 - p1;
  if (se === 0) return { change, statistic: 0, pValue: 1, significant: false };
  const statistic = change / se;
  const pValue = twoSidedNormalP(statistic);
  return { change, statistic, pValue, significant: pValue < ALPHA };
}

/** What Welch's test needs from each group. */
export interface GroupSummary {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/**
 * Welch's unequal-variances t-test: t = (m₂ − m₁)/√(v₁/n₁ + v₂/n₂) with Welch–Satterthwaite
 * degrees of freedom. Welch rather than Student because round sizes and spreads differ freely
 * (a May round to every subscriber, a quarterly one to fewer), and Welch costs nothing when they
 * don't. When both variances are 0 the standard error is 0: equal means give t = 0, p = 1;
 * different means give t = ±∞, p = 0 (with df = n₁ + n₂ − 2, as Welch's df is 0/0 there).
 */
export function welchTest(earlier: GroupSummary, later: GroupSummary): WelchTest {
  if (earlier.n < 2 || later.n < 2) throw new RangeError('each group needs at least 2 values');
  const a = earlier.variance / earlier.n;
  const b = later.variance / later.n;
  const change = later.mean - earlier.mean;
  const se = Math.sqrt(a + b);
  if (se === 0) {
    const degreesOfFreedom = earlier.n + later.n - 2;
    if (change === 0)
      return { change, statistic: 0, pValue: 1, significant: false, degreesOfFreedom };
    const statistic = change > 0 ? Infinity : -Infinity;
    return { change, statistic, pValue: 0, significant: true, degreesOfFreedom };
  }
  const degreesOfFreedom = (a + b) ** 2 / (a ** 2 / (earlier.n - 1) + b ** 2 / (later.n - 1));
  const statistic = change / se;
  const pValue = twoSidedTP(statistic, degreesOfFreedom);
  return { change, statistic, pValue, significant: pValue < ALPHA, degreesOfFreedom };
}

/**
 * Whether the overall confidence score changed significantly between two rounds. Each round's
 * spread comes from its respondent scores, as for `overallInterval`, and the change tested is the
 * change in the published scores, so the flag always refers to the numbers on the page. Null when
 * either round has fewer than 2 contributing respondents.
 */
export function overallChange(
  earlier: readonly StandardAnswers[],
  later: readonly StandardAnswers[],
): WelchTest | null {
  const summary = (respondents: readonly StandardAnswers[]): GroupSummary | null => {
    const { score } = overallConfidence(respondents);
    const scores = respondentScores(respondents);
    if (score === null || scores.length < 2) return null;
    return { ...sampleSummary(scores), mean: score };
  };
  const before = summary(earlier);
  const after = summary(later);
  return before && after ? welchTest(before, after) : null;
}

/**
 * `overallChange` from each round's published score and the summary of its respondent scores
 * (as aggregated in SQL). Null when either round has fewer than 2 contributing respondents.
 */
export function overallChangeFromSummaries(
  earlier: { score: number; summary: SampleSummary },
  later: { score: number; summary: SampleSummary },
): WelchTest | null {
  if (earlier.summary.n < 2 || later.summary.n < 2) return null;
  return welchTest(
    { ...earlier.summary, mean: earlier.score },
    { ...later.summary, mean: later.score },
  );
}
