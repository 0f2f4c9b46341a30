import { describe, expect, it } from 'vitest';
import { parsePostcode, sectorOf } from '../../src/modules/postcodes/postcode.ts';

describe('reading a postcode a resident typed', () => {
  it.each([
    ['LE1 5WW', 'LE1 5WW', 'LE1', 'LE1 5'],
    ['le15ww', 'LE1 5WW', 'LE1', 'LE1 5'],
    [' LE1  5WW ', 'LE1 5WW', 'LE1', 'LE1 5'],
    ['Le1 5wW', 'LE1 5WW', 'LE1', 'LE1 5'],
    ['LE1\t5WW\n', 'LE1 5WW', 'LE1', 'LE1 5'],
    ['L E 1 5 W W', 'LE1 5WW', 'LE1', 'LE1 5'],
    // every outward shape: A9, A99, AA9, AA99, A9A, AA9A
    ['M1 1AE', 'M1 1AE', 'M1', 'M1 1'],
    ['B33 8TH', 'B33 8TH', 'B33', 'B33 8'],
    ['CR2 6XH', 'CR2 6XH', 'CR2', 'CR2 6'],
    ['LE12 7TN', 'LE12 7TN', 'LE12', 'LE12 7'],
    ['DN55 1PT', 'DN55 1PT', 'DN55', 'DN55 1'],
    ['W1A 0AX', 'W1A 0AX', 'W1A', 'W1A 0'],
    ['EC1A 1BB', 'EC1A 1BB', 'EC1A', 'EC1A 1'],
    ['sw1a2aa', 'SW1A 2AA', 'SW1A', 'SW1A 2'],
    ['gir0aa', 'GIR 0AA', 'GIR', 'GIR 0'],
  ])('reads %j as %s (outward %s, sector %s)', (input, postcode, outward, sector) => {
    expect(parsePostcode(input)).toEqual({ ok: true, postcode, outward, sector });
  });

  it.each(['', '   ', '\t\n'])('calls %j empty, so the form can ask for a postcode', (input) => {
    expect(parsePostcode(input)).toEqual({ ok: false, reason: 'EMPTY' });
  });

  it.each([
    ['LE1', 'only an outward code'],
    ['5WW', 'only an inward code'],
    ['LE1 5W', 'an inward code one letter short'],
    ['LE1 5WWW', 'an inward code one letter long'],
    ['LE123 5WW', 'a district of three digits'],
    ['1E1 5WW', 'a digit first'],
    ['LEE1 5WW', 'three letters before the district'],
    ['LE1 WW5', 'the inward code back to front'],
    ['LE1 55W', 'two digits in the inward code'],
    ['QE1 5WW', 'Q first (never used first)'],
    ['VA1 5WW', 'V first'],
    ['XA1 5WW', 'X first'],
    ['LI1 5WW', 'I second (never used second)'],
    ['LJ1 5WW', 'J second'],
    ['LZ1 5WW', 'Z second'],
    ['W1I 0AX', 'I third in A9A (only ABCDEFGHJKPSTUW)'],
    ['W1L 0AX', 'L third in A9A'],
    ['EC1C 1BB', 'C fourth in AA9A (only ABEHMNPRVWXY)'],
    ['EC1D 1BB', 'D fourth in AA9A'],
    ['LE1 5CW', 'C in the inward code'],
    ['LE1 5WI', 'I in the inward code'],
    ['LE1 5KW', 'K in the inward code'],
    ['LE1 5MW', 'M in the inward code'],
    ['LE1 5OW', 'O in the inward code'],
    ['LE1 5VW', 'V in the inward code'],
    ['GIR 0AB', 'a Girobank look-alike'],
    ['LE1-5WW', 'a hyphen'],
    ['LE1 5WW.', 'a full stop'],
    ['LE1 5ŴW', 'an accented letter'],
    ['https://example.org', 'a web address'],
  ])('rejects %j as malformed: %s', (input) => {
    expect(parsePostcode(input)).toEqual({ ok: false, reason: 'MALFORMED' });
  });
});

describe('the sector of a postcode', () => {
  it('is the outward code and the first digit of the inward code, whatever the spacing', () => {
    expect(sectorOf('le15ww')).toBe('LE1 5');
    expect(sectorOf(' LE12  7TN')).toBe('LE12 7');
  });

  it('is null for something that is not a postcode', () => {
    expect(sectorOf('LE1')).toBeNull();
    expect(sectorOf('')).toBeNull();
  });
});
