import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials for an officer without a photo', () => {
  it('takes the first and last name, leaving out the rank', () => {
    expect(initials('Sgt Priya Khan')).toBe('PK');
    expect(initials('PCSO Marek Novak')).toBe('MN');
    expect(initials('PC Ellie Mary Turner')).toBe('ET');
  });

  it('copes with a single name, extra spaces and lower case', () => {
    expect(initials('  aisha  ')).toBe('A');
    expect(initials('PC')).toBe('P');
    expect(initials('')).toBe('');
  });
});
