import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@engage/shared/languages';
import { chartAxis, ltrData, textDirection } from './direction.ts';

describe('which way a page runs', () => {
  it('Urdu and Arabic run right to left; every other language left to right', () => {
    const rtl = LANGUAGES.filter((language) => textDirection(language.code) === 'rtl');
    expect(rtl.map((language) => language.code).sort()).toEqual(['ar', 'ur']);
    expect(textDirection('pl')).toBe('ltr');
  });
});

describe("a chart's horizontal axis", () => {
  it('on a left-to-right page, is drawn as laid out', () => {
    const axis = chartAxis(400, 'pl');

    expect(axis.rtl).toBe(false);
    expect(axis.at(46)).toBe(46);
    expect(axis.edge(100, 20)).toBe(100);
  });

  it('on a right-to-left page, starts on the right: the origin, the first point and each bar mirrored', () => {
    const axis = chartAxis(400, 'ur');

    expect(axis.rtl).toBe(true);
    // The value axis, 46 from the left edge laid out, is 46 from the right edge.
    expect(axis.at(46)).toBe(354);
    // A bar from 100 to 120 laid out runs from 300 to 280: its left edge is at 280.
    expect(axis.edge(100, 20)).toBe(280);
    expect(axis.at(0)).toBe(400);
  });
});

describe('a phone number or postcode in a sentence', () => {
  it('is isolated left to right on a right-to-left page, so its groups keep their order', () => {
    expect(ltrData('0116 496 0000', 'ur')).toBe('\u20660116 496 0000\u2069');
    expect(ltrData('LE1 6ZG', 'ar')).toBe('\u2066LE1 6ZG\u2069');
  });

  it('is left alone on a left-to-right page', () => {
    expect(ltrData('0116 496 0000', 'en')).toBe('0116 496 0000');
    expect(ltrData('0116 496 0000', 'pl')).toBe('0116 496 0000');
  });
});
