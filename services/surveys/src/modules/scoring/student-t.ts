import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

/**
 * Student's t distribution, for intervals and tests on the mean of respondent scores. With the
 * 10 or so respondents that survive suppression, t(9) puts the 95% multiplier at 2.262 against
 * the normal's 1.960: using the normal there would make intervals ~13% too narrow. The
 * distribution itself is stdlib's (tested against reference tables there and in our tests).
 */

/** P(|T| ≥ |t|) with `df` degrees of freedom: the two-sided p-value of a t statistic. */
export function twoSidedTP(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  // The lower tail at −|t| keeps precision far out, where 1 − cdf(|t|) would round to 0.
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** The t value with P(|T| ≥ t) = 1 − level, e.g. level 0.95 → 2.262 for 9 degrees of freedom. */
export function tQuantile(level: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  return tQuantileOf(1 - (1 - level) / 2, df);
}
