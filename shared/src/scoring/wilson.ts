import { Z_95 } from './normal.ts';

/** A 95% interval around an estimate, all on the 0–1 scale. */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval for a proportion positive/base, at 95%.
 *
 * Why Wilson and not the textbook normal ("Wald") p ± 1.96·√(p(1−p)/n): at the sizes we publish
 * (10 to a few hundred respondents per neighbourhood) Wald's coverage falls well below 95%, and at
 * p = 0 or 1 it collapses to a zero-width interval, e.g. 10/10 → [1, 1], claiming certainty from
 * ten people. Wilson stays inside [0, 1], is never zero-width for n ≥ 1 (10/10 → [0.722, 1]),
 * and has near-nominal coverage down to small n (Brown, Cai & DasGupta, Statistical Science 2001).
 * Null when base is 0: there is no proportion to bound.
 */
export function wilsonInterval(positive: number, base: number): Interval | null {
  if (!Number.isInteger(positive) || !Number.isInteger(base) || positive < 0 || positive > base) {
    throw new RangeError(`need whole counts with 0 ≤ positive ≤ base, got ${positive}/${base}`);
  }
  if (base === 0) return null;
  const p = positive / base;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / base;
  const centre = (p + z2 / (2 * base)) / denominator;
  const half = (Z_95 / denominator) * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base));
  // At 0/n the low end is exactly 0 and at n/n the high end exactly 1; say so, rather than
  // publish 0.9999999999999999. Otherwise clamp only rounding dust: Wilson is inside [0, 1].
  return {
    estimate: p,
    low: positive === 0 ? 0 : Math.max(0, centre - half),
    high: positive === base ? 1 : Math.min(1, centre + half),
  };
}
