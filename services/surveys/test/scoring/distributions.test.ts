import { describe, expect, it } from 'vitest';
import { Z_95, erf, erfc, normalCdf, twoSidedNormalP } from '@engage/shared/scoring';
import { tQuantile, twoSidedTP } from '../../src/modules/scoring/student-t.ts';

// Reference values from Abramowitz & Stegun table 7.1 and standard normal / t tables.
describe('the error function', () => {
  it.each([
    [0, 0],
    [0.5, 0.5204998778],
    [1, 0.8427007929],
    [2, 0.995322265],
    [-1, -0.8427007929],
  ])('erf(%s) = %s to within 1e-9', (x, expected) => {
    expect(Math.abs(erf(x) - expected)).toBeLessThan(1e-9);
  });

  it('keeps relative accuracy far into the tail, where the series hands over to the fraction', () => {
    // erfc(3) = 2.209049700e-5, erfc(4) = 1.541725790e-8 (A&S table 7.1 / 7.3).
    expect(erfc(3) / 2.2090497e-5).toBeCloseTo(1, 8);
    expect(erfc(4) / 1.54172579e-8).toBeCloseTo(1, 8);
    // Either side of the hand-over at 3: erfc(2.5) = 4.069520174e-4, erfc(3.5) = 7.430983723e-7.
    expect(erfc(2.5) / 4.069520174e-4).toBeCloseTo(1, 8);
    expect(erfc(3.5) / 7.430983723e-7).toBeCloseTo(1, 8);
  });
});

describe('the standard normal distribution', () => {
  it('puts 97.5% below 1.96 and 15.87% below −1', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Z_95)).toBeCloseTo(0.975, 12);
  });

  it('gives the two-sided p-value of a z statistic', () => {
    expect(twoSidedNormalP(1.96)).toBeCloseTo(0.0499958, 7);
    expect(twoSidedNormalP(-2.5758293)).toBeCloseTo(0.01, 7);
  });
});

describe('Student’s t distribution', () => {
  it.each([
    [1, 12.7062047],
    [9, 2.2621572],
    [30, 2.0422725],
    [1e6, 1.959966],
  ])(
    'with %s degrees of freedom has a two-sided critical value at p = 0.05 of %s',
    (df, critical) => {
      expect(tQuantile(0.95, df)).toBeCloseTo(critical, 5);
      expect(twoSidedTP(critical, df)).toBeCloseTo(0.05, 6);
    },
  );

  it('gives p = 1 at t = 0 and p = 0.5 at the upper quartile of t(1) (the Cauchy: tan 67.5°)', () => {
    expect(twoSidedTP(0, 7)).toBe(1);
    expect(twoSidedTP(1, 1)).toBeCloseTo(0.5, 10);
  });
});
