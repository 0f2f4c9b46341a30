/**
 * Student's t distribution, for intervals and tests on the mean of respondent scores. With the
 * 10 or so respondents that survive suppression, t(9) puts the 95% multiplier at 2.262 against
 * the normal's 1.960: using the normal there would make intervals ~13% too narrow.
 *
 * P(|T| ≥ t) with ν degrees of freedom is the regularized incomplete beta I_x(ν/2, ½) at
 * x = ν/(ν + t²) (A&S 26.7.1). I is computed as in Numerical Recipes (Press et al., 2nd ed., §6.4):
 * the Lentz continued fraction `betacf`, with ln Γ from Lanczos' approximation (§6.1, |error| <
 * 2e-10). The quantile is found by bisection: the CDF is monotone, and 100 halvings of [0, 1e6]
 * are far below a double's resolution.
 */

export function twoSidedTP(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  return incompleteBeta(df / 2, 0.5, df / (df + t * t));
}

/** The t value with P(|T| ≥ t) = 1 − level, e.g. level 0.95 → 2.262 for 9 degrees of freedom. */
export function tQuantile(level: number, df: number): number {
  let low = 0;
  let high = 1e6;
  for (let i = 0; i < 100; i += 1) {
    const mid = (low + high) / 2;
    if (twoSidedTP(mid, df) > 1 - level) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

// Numerical Recipes' Lanczos coefficients (γ = 5, N = 6), as the nearest doubles.
const LANCZOS = [
  76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155,
  0.001208650973866179, -0.000005395239384953,
];

function logGamma(x: number): number {
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.000000000190015;
  for (const c of LANCZOS) series += c / ++y;
  return -tmp + Math.log((Math.sqrt(2 * Math.PI) * series) / x);
}

function incompleteBeta(a: number, b: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  // The fraction converges fast only on this side of the mean; use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

const TINY = 1e-300;

function betaFraction(a: number, b: number, x: number): number {
  const nonZero = (v: number) => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / nonZero(1 - ((a + b) * x) / (a + 1));
  let h = d;
  // NR: at most O(√max(a, b)) steps, so ~1,000 even for a force-wide round of a million
  // respondents (a = ν/2); 10,000 is a guard, not a budget. 3e-16 is about a double's epsilon.
  for (let m = 1; m <= 10_000; m += 1) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / nonZero(1 + even * d);
    c = nonZero(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / nonZero(1 + odd * d);
    c = nonZero(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 3e-16) break;
  }
  return h;
}
