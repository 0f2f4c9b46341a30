import { describe, expect, it } from 'vitest';
import { overallChange, shareChange, welchTest } from '../../src/modules/scoring/significance.ts';
import { ALL_DONT_KNOW, agreesWith, times } from '../support/respondents.ts';

const share = (positive: number, base: number) => ({ positive, base, share: positive / base });

describe('a change in a question’s share between rounds (two-proportion z-test)', () => {
  it('from 45 of 100 to 60 of 100 is significant: z = 2.124, p = 0.034', () => {
    // Pooled p̂ = 105 / 200 = 0.525; SE = √(0.525 × 0.475 × (1/100 + 1/100)) = 0.070622;
    // z = 0.15 / 0.070622 = 2.12398; two-sided p = 2 × (1 − Φ(2.124)) = 0.03367.
    const test = shareChange(share(45, 100), share(60, 100));
    expect(test?.change).toBeCloseTo(0.15, 12);
    expect(test?.statistic).toBeCloseTo(2.12398, 5);
    expect(test?.pValue).toBeCloseTo(0.033672, 6);
    expect(test?.significant).toBe(true);
  });

  it('of the same size from 20 people a round is not significant', () => {
    // 9/20 → 12/20: SE = √(0.525 × 0.475 × 0.1) = 0.157917, z = 0.94987, p = 0.3422.
    const test = shareChange(share(9, 20), share(12, 20));
    expect(test?.statistic).toBeCloseTo(0.94987, 5);
    expect(test?.pValue).toBeCloseTo(0.3422, 4);
    expect(test?.significant).toBe(false);
  });

  it('is negative for a fall', () => {
    expect(shareChange(share(60, 100), share(45, 100))?.statistic).toBeCloseTo(-2.12398, 5);
  });

  it('is no change, not 0/0, when both rounds are 100% (or both 0%)', () => {
    expect(shareChange(share(10, 10), share(30, 30))).toEqual({
      change: 0,
      statistic: 0,
      pValue: 1,
      significant: false,
    });
  });

  it('cannot be tested when a round has no counted answers', () => {
    expect(shareChange({ positive: 0, base: 0, share: null }, share(5, 10))).toBeNull();
  });
});

describe('Welch’s t-test', () => {
  it('matches a hand calculation', () => {
    // Earlier: .2 .4 .6 .8 1 → mean 0.6, s² = 0.4 / 4 = 0.1. Later: 1 1 .8 1 .6 1 → mean 0.9,
    // s² = 0.14 / 5 = 0.028. SE = √(0.1/5 + 0.028/6) = √0.0246667 = 0.157056; t = 0.3 / SE =
    // 1.91014; df = 0.0246667² / (0.02²/4 + 0.0046667²/5) = 5.8305; p = 0.1061 (scipy agrees).
    const test = welchTest(
      { n: 5, mean: 0.6, variance: 0.1 },
      { n: 6, mean: 0.9, variance: 0.028 },
    );
    expect(test.statistic).toBeCloseTo(1.91014, 5);
    expect(test.degreesOfFreedom).toBeCloseTo(5.8305, 4);
    expect(test.pValue).toBeCloseTo(0.1061, 4);
    expect(test.significant).toBe(false);
  });

  it('with no spread in either group is significant exactly when the means differ', () => {
    const same = welchTest({ n: 3, mean: 1, variance: 0 }, { n: 4, mean: 1, variance: 0 });
    const different = welchTest({ n: 3, mean: 0, variance: 0 }, { n: 4, mean: 1, variance: 0 });
    expect(same).toMatchObject({ statistic: 0, pValue: 1, significant: false });
    expect(different).toMatchObject({ statistic: Infinity, pValue: 0, significant: true });
  });
});

describe('a change in the overall score between rounds', () => {
  it('tests the change in the published scores with each round’s respondent-score spread', () => {
    // Earlier round: scores 0.2, 0.4, 0.6, 0.8, 1 (one each); later: 1, 1, 0.8, 1, 0.6, 1 —
    // the same numbers as the Welch hand calculation above, so t = 1.91014, p = 0.1061.
    const earlier = [1, 2, 3, 4, 5].map(agreesWith);
    const later = [5, 5, 4, 5, 3, 5].map(agreesWith);
    const test = overallChange([...earlier, ALL_DONT_KNOW], later);
    expect(test?.change).toBeCloseTo(0.3, 12);
    expect(test?.statistic).toBeCloseTo(1.91014, 5);
    expect(test?.significant).toBe(false);
  });

  it('flags a fall from 80% to 40% across two rounds of 30', () => {
    const earlier = [...times(15, agreesWith(5)), ...times(15, agreesWith(3))];
    const later = [...times(15, agreesWith(3)), ...times(15, agreesWith(1))];
    const test = overallChange(earlier, later);
    expect(test?.change).toBeCloseTo(-0.4, 12);
    expect(test?.significant).toBe(true);
  });

  it('cannot be tested from a round with a single respondent', () => {
    expect(overallChange([agreesWith(5)], times(20, agreesWith(2)))).toBeNull();
  });
});
