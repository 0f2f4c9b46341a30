import { describe, expect, it } from 'vitest';
import {
  overallConfidence,
  respondentScore,
  respondentScores,
} from '../../src/modules/scoring/confidence.ts';
import { ALL_DONT_KNOW, agreesWith, respondent, times } from '../support/respondents.ts';

describe('overall confidence', () => {
  it('is the mean of the five questions’ positive shares', () => {
    // Question shares 3/4, 2/4, 1/4, 4/4, 0/4 → (0.75 + 0.5 + 0.25 + 1 + 0) / 5 = 0.5.
    const result = overallConfidence([
      respondent('AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE'),
      respondent('AGREE', 'AGREE', 'DISAGREE', 'AGREE', 'DISAGREE'),
      respondent('AGREE', 'NEITHER', 'DISAGREE', 'STRONGLY_AGREE', 'NEITHER'),
      respondent('DISAGREE', 'DISAGREE', 'DISAGREE', 'AGREE', 'STRONGLY_DISAGREE'),
    ]);
    expect(result.score).toBeCloseTo(0.5, 12);
    expect(result.questionsCounted).toBe(5);
    expect(result.respondents).toBe(4);
  });

  it('weighs each question equally, not each answer', () => {
    // Shares: four questions 1/2, trust 1/1 → (4 × 0.5 + 1) / 5 = 0.6. Pooling all nine counted
    // answers instead would give 5/9 ≈ 0.556.
    const result = overallConfidence([
      respondent('AGREE', 'AGREE', 'AGREE', 'AGREE', 'DONT_KNOW'),
      respondent('DISAGREE', 'DISAGREE', 'DISAGREE', 'DISAGREE', 'AGREE'),
    ]);
    expect(result.score).toBeCloseTo(0.6, 12);
  });

  it('is not lowered by a respondent who answers "don’t know" to everything', () => {
    const answered = [agreesWith(5), agreesWith(3)];
    const before = overallConfidence(answered);
    const after = overallConfidence([...answered, ALL_DONT_KNOW, ALL_DONT_KNOW]);
    expect(after.score).toBe(before.score);
    expect(after.score).toBeCloseTo(0.8, 12);
    // Nor are they counted among the people the score is from (what suppression looks at).
    expect(after.respondents).toBe(2);
  });

  it('leaves out a question nobody gave a counted answer to, and says how many counted', () => {
    // Feel safe: all "don't know". The other four: 1/2, 1/2, 1/2, 2/2 → 2.5 / 4 = 0.625, not
    // 2.5 / 5 = 0.5 as a 0% for feel safe would give.
    const result = overallConfidence([
      respondent('AGREE', 'DONT_KNOW', 'AGREE', 'AGREE', 'AGREE'),
      respondent('DISAGREE', 'DONT_KNOW', 'DISAGREE', 'DISAGREE', 'AGREE'),
    ]);
    expect(result.questionsCounted).toBe(4);
    expect(result.score).toBeCloseTo(0.625, 12);
    expect(result.byQuestion.FEEL_SAFE.share).toBeNull();
  });

  it('has no score when nobody gave a counted answer', () => {
    expect(overallConfidence(times(12, ALL_DONT_KNOW))).toMatchObject({
      score: null,
      questionsCounted: 0,
      respondents: 0,
    });
    expect(overallConfidence([])).toMatchObject({ score: null, questionsCounted: 0 });
  });

  it('is 0% when everyone disagrees and 100% when everyone agrees', () => {
    expect(overallConfidence(times(3, agreesWith(0))).score).toBe(0);
    expect(overallConfidence(times(3, agreesWith(5))).score).toBe(1);
  });

  it('from a single respondent is just their own score', () => {
    expect(overallConfidence([agreesWith(2)])).toMatchObject({ score: 0.4, respondents: 1 });
  });
});

describe('a respondent’s own score', () => {
  it('is their positive answers over their answers other than "don’t know"', () => {
    // Positive: strongly agree, agree = 2; counted: 4 (one "don't know") → 0.5.
    expect(
      respondentScore(respondent('STRONGLY_AGREE', 'AGREE', 'NEITHER', 'DISAGREE', 'DONT_KNOW')),
    ).toBe(0.5);
  });

  it('does not exist for someone who answered "don’t know" throughout, so they are left out', () => {
    expect(respondentScore(ALL_DONT_KNOW)).toBeNull();
    expect(respondentScores([agreesWith(1), ALL_DONT_KNOW, agreesWith(4)])).toEqual([0.2, 0.8]);
  });
});
