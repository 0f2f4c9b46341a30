import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppress, type Suppressible } from '@engage/shared/scoring';

describe('suppressing figures from small groups', () => {
  it('hides a figure from 9 respondents and shows one from 10, by default', () => {
    expect(DEFAULT_SUPPRESSION_THRESHOLD).toBe(10);
    expect(suppress(0.52, 9)).toEqual({
      kind: 'suppressed',
      reason: 'FEWER_THAN_THRESHOLD',
      threshold: 10,
    });
    expect(suppress(0.52, 10)).toEqual({ kind: 'value', value: 0.52, respondents: 10 });
  });

  it('never carries the number, nor how few people answered, once suppressed', () => {
    const result = suppress(0.52, 3);
    expect(Object.values(result)).not.toContain(0.52);
    expect(Object.values(result)).not.toContain(3);
  });

  it('uses the configured threshold', () => {
    expect(suppress(0.5, 24, 25).kind).toBe('suppressed');
    expect(suppress(0.5, 25, 25).kind).toBe('value');
    expect(suppress(0.5, 1, 1).kind).toBe('value');
  });

  it('suppresses a group nobody answered in', () => {
    expect(suppress(null, 0).kind).toBe('suppressed');
  });

  it('makes the number reachable only after checking it was not suppressed', () => {
    const shown = (figure: Suppressible<number>): string =>
      figure.kind === 'value'
        ? `${Math.round(figure.value * 100)}%`
        : `fewer than ${figure.threshold}`;
    expect(shown(suppress(0.525, 40))).toBe('53%');
    expect(shown(suppress(0.525, 4))).toBe('fewer than 10');
    // @ts-expect-error: `value` does not exist until `kind` is known to be 'value'.
    expect(suppress(0.525, 40).value).toBe(0.525);
  });

  it('refuses a nonsensical threshold or respondent count rather than guess', () => {
    expect(() => suppress(0.5, 10, 0)).toThrow(RangeError);
    expect(() => suppress(0.5, 10, 9.5)).toThrow(RangeError);
    expect(() => suppress(0.5, -1)).toThrow(RangeError);
    expect(() => suppress(0.5, Number.NaN)).toThrow(RangeError);
  });
});
