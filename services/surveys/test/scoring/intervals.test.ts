import { describe, expect, it } from 'vitest';
import { overallInterval, wilsonInterval } from '../../src/modules/scoring/index.ts';
import { ALL_DONT_KNOW, agreesWith, times } from '../support/respondents.ts';

describe('the 95% interval for a question’s positive share (Wilson)', () => {
  it('for 7 of 10 runs from 0.397 to 0.892', () => {
    // By hand, z = 1.96, z² = 3.8415: centre = (0.7 + 0.19207) / 1.38415 = 0.64457;
    // half-width = (1.96 / 1.38415) × √(0.7 × 0.3 / 10 + 3.8415 / 400) = 1.41600 × 0.17494 = 0.24772.
    const interval = wilsonInterval(7, 10);
    expect(interval?.estimate).toBe(0.7);
    expect(interval?.low).toBeCloseTo(0.3968, 4);
    expect(interval?.high).toBeCloseTo(0.8922, 4);
  });

  it('does not claim certainty from ten people who all agree (10 of 10 → 0.722 to 1)', () => {
    // centre = (1 + 0.19207) / 1.38415 = 0.86124; half = 1.41600 × √(0 + 0.0096037) = 0.13877.
    expect(wilsonInterval(10, 10)).toEqual({
      estimate: 1,
      low: expect.closeTo(0.7225, 4),
      high: 1,
    });
    expect(wilsonInterval(0, 10)).toEqual({ estimate: 0, low: 0, high: expect.closeTo(0.2775, 4) });
  });

  it('is wide for a single answer and narrows as answers grow', () => {
    // 1 of 1: centre = (1 + 1.92073) / 4.84146 = 0.60327, half = 0.40483 × √0.96037 = 0.39673.
    expect(wilsonInterval(1, 1)?.low).toBeCloseTo(0.2065, 4);
    const width = (n: number) => {
      const i = wilsonInterval(n / 2, n);
      return i ? i.high - i.low : Number.NaN;
    };
    expect(width(20)).toBeGreaterThan(width(200));
    expect(width(2000)).toBeCloseTo(2 * 1.96 * Math.sqrt(0.25 / 2000), 3);
  });

  it('does not exist when nobody gave a counted answer, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(2.5, 10)).toThrow(RangeError);
  });
});

describe('the 95% interval for the overall score (t interval on respondent scores)', () => {
  it('matches a hand calculation for ten respondents who answered every question', () => {
    // Respondent scores 1, 1, 1, .8, .8, .6, .4, .2, 0, 0: mean 0.58 (= the overall score, as
    // nobody said "don't know"). Squared deviations sum to 1.476, so s² = 1.476 / 9 = 0.164,
    // SE = √(0.164 / 10) = 0.128062; t(0.975, 9) = 2.262157 → half-width 0.289697.
    const respondents = [5, 5, 5, 4, 4, 3, 2, 1, 0, 0].map(agreesWith);
    const interval = overallInterval(respondents);
    expect(interval?.estimate).toBeCloseTo(0.58, 12);
    expect(interval?.low).toBeCloseTo(0.290303, 5);
    expect(interval?.high).toBeCloseTo(0.869697, 5);
  });

  it('ignores respondents who answered "don’t know" to everything', () => {
    const answered = [5, 5, 5, 4, 4, 3, 2, 1, 0, 0].map(agreesWith);
    expect(overallInterval([...answered, ...times(5, ALL_DONT_KNOW)])).toEqual(
      overallInterval(answered),
    );
  });

  it('stays within 0–100%', () => {
    // Nine at 100% and one at 0%: mean 0.9, s = √(0.9 / 9) = 0.31623, half = 2.26216 × 0.1 = 0.226.
    const interval = overallInterval([...times(9, agreesWith(5)), agreesWith(0)]);
    expect(interval?.high).toBe(1);
    expect(interval?.low).toBeCloseTo(0.9 - 0.226216, 5);
  });

  it('does not exist from a single respondent: one person says nothing about spread', () => {
    expect(overallInterval([agreesWith(3)])).toBeNull();
    expect(overallInterval([agreesWith(3), ALL_DONT_KNOW])).toBeNull();
  });
});
