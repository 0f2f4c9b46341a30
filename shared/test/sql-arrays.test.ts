import { describe, expect, it } from 'vitest';
import { intArray, uuidArray, wordArray } from '../src/database/sql-arrays.ts';

describe('PostgreSQL array literals', () => {
  it('join checked values as one literal', () => {
    const id = '4f6c1b2a-9d3e-4c5f-8a7b-0123456789ab';
    expect(uuidArray([id, id])).toBe(`{${id},${id}}`);
    expect(intArray([1, 2, 3])).toBe('{1,2,3}');
    expect(wordArray(['AGE_16_24', '2026-05-01'])).toBe('{AGE_16_24,2026-05-01}');
    expect(wordArray([])).toBe('{}');
  });

  it('refuse anything that would need quoting, rather than send it', () => {
    expect(() => uuidArray(['not-a-uuid'])).toThrow(RangeError);
    expect(() => intArray([1.5])).toThrow(RangeError);
    expect(() => wordArray(['a,b'])).toThrow(RangeError);
    expect(() => wordArray(['"}'])).toThrow(RangeError);
  });
});
