import { describe, expect, it } from 'vitest';
import { missingFields } from './gateway-partial.ts';

const OPTIONAL = ['policingAreas.neighbourhoods.confidence'] as const;

const areas = (confidence: unknown) => ({
  policingAreas: [{ name: 'City', neighbourhoods: [{ name: 'Castle', confidence }] }],
});

describe('which optional fields an error left empty', () => {
  it('matches an error with a path to the optional field it lies under, through lists', () => {
    const errors = [
      { message: 'down', path: ['policingAreas', 0, 'neighbourhoods', 0, 'confidence', 'score'] },
    ];
    expect(missingFields(areas(null), errors, OPTIONAL)).toEqual(new Set(OPTIONAL));
  });

  it('puts an error without a path down to the optional fields that came back null', () => {
    expect(missingFields(areas(null), [{ message: 'down' }], OPTIONAL)).toEqual(new Set(OPTIONAL));
  });

  it('refuses an error it cannot put down to an optional field', () => {
    expect(missingFields(areas({ score: 50 }), [{ message: 'down' }], OPTIONAL)).toBeNull();
    const elsewhere = [{ message: 'down', path: ['policingAreas', 0, 'name'] }];
    expect(missingFields(areas(null), elsewhere, OPTIONAL)).toBeNull();
  });

  it('reports nothing missing when there were no errors', () => {
    expect(missingFields(areas(null), [], OPTIONAL)).toEqual(new Set());
  });
});
