import { describe, expect, it } from 'vitest';
import { isPositive } from '../../src/modules/scoring/answers.ts';
import { positiveShare, questionShares } from '../../src/modules/scoring/positive-share.ts';
import { ALL_DONT_KNOW, respondent } from '../support/respondents.ts';

describe('a question’s positive share', () => {
  it('is agree plus strongly agree over every answer except "don’t know"', () => {
    // 2 strongly agree + 3 agree = 5 positive; 8 answers − 2 "don't know" = 6 counted; 5/6.
    const answers = [
      'STRONGLY_AGREE',
      'STRONGLY_AGREE',
      'AGREE',
      'AGREE',
      'AGREE',
      'NEITHER',
      'DONT_KNOW',
      'DONT_KNOW',
    ] as const;
    expect(positiveShare(answers)).toEqual({ positive: 5, base: 6, share: 5 / 6 });
  });

  it('counts "neither" as an opinion that is not positive', () => {
    expect(isPositive('NEITHER')).toBe(false);
    expect(positiveShare(['AGREE', 'NEITHER'])).toEqual({ positive: 1, base: 2, share: 0.5 });
  });

  it('treats a skipped question like "don’t know": in no base', () => {
    expect(positiveShare(['AGREE', undefined, 'DISAGREE'])).toEqual({
      positive: 1,
      base: 2,
      share: 0.5,
    });
  });

  it('has no share, rather than 0%, when everyone answered "don’t know"', () => {
    expect(positiveShare(['DONT_KNOW', 'DONT_KNOW'])).toEqual({
      positive: 0,
      base: 0,
      share: null,
    });
    expect(positiveShare([])).toEqual({ positive: 0, base: 0, share: null });
  });

  it('can be exactly 0% and exactly 100%', () => {
    expect(positiveShare(['DISAGREE', 'STRONGLY_DISAGREE']).share).toBe(0);
    expect(positiveShare(['AGREE', 'STRONGLY_AGREE', 'DONT_KNOW']).share).toBe(1);
  });

  it('is worked out for each of the five questions over the same respondents', () => {
    const shares = questionShares([
      respondent('AGREE', 'DISAGREE', 'DONT_KNOW', 'AGREE', 'NEITHER'),
      respondent('DISAGREE', 'DISAGREE', 'DONT_KNOW', 'STRONGLY_AGREE', undefined),
      ALL_DONT_KNOW,
    ]);
    expect(shares).toEqual({
      UNDERSTANDS_ISSUES: { positive: 1, base: 2, share: 0.5 },
      FEEL_SAFE: { positive: 0, base: 2, share: 0 },
      KEPT_INFORMED: { positive: 0, base: 0, share: null },
      GOOD_JOB: { positive: 2, base: 2, share: 1 },
      TRUST: { positive: 0, base: 1, share: 0 },
    });
  });
});
