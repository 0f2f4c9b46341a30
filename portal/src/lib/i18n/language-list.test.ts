import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@engage/shared/languages';
import { locales } from '#lib/paraglide/runtime.js';
import { languageChoices } from './language-list.ts';

describe('the language list on every page', () => {
  it('offers every language of shared/src/languages.ts, in its order, each named in itself', () => {
    const choices = languageChoices('en');

    expect(choices.map((choice) => choice.code)).toEqual(
      LANGUAGES.map((language) => language.code),
    );
    expect(choices.map((choice) => choice.name)).toEqual([
      'English',
      'Cymraeg',
      'العربية',
      'ગુજરાતી',
      'Polski',
      'ਪੰਜਾਬੀ',
      'Soomaali',
      'اردو',
    ]);
  });

  it('gives each name its own lang and direction, so Urdu and Arabic run right to left anywhere', () => {
    const byCode = new Map(languageChoices('en').map((choice) => [choice.code, choice]));

    expect(byCode.get('ur')).toMatchObject({ lang: 'ur', dir: 'rtl' });
    expect(byCode.get('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(byCode.get('pa')).toMatchObject({ lang: 'pa-Guru', dir: 'ltr' });
    expect(byCode.get('pl')).toMatchObject({ lang: 'pl', dir: 'ltr' });
    expect(byCode.get('en')).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
  });

  it("marks the page's own language as current, and only that one", () => {
    for (const locale of locales) {
      const current = languageChoices(locale).filter((choice) => choice.current);
      expect(current.map((choice) => choice.code)).toEqual([locale]);
    }
  });

  it('has a language for every locale the portal compiles messages for, and no other', () => {
    expect([...locales].sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });
});
