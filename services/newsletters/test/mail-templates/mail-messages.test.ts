import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOGUES } from '../../src/modules/mail-templates/mail-messages.ts';

type Catalogue = { [key: string]: string | Catalogue };

/** Every string in a catalogue by its dotted key: "confirmation.expires_one" → its text. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value);
    else for (const entry of flatten(value, `${prefix}${key}.`)) entries.set(...entry);
  }
  return entries;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const en = flatten(MESSAGE_CATALOGUES.en);
const cy = flatten(MESSAGE_CATALOGUES.cy);
const baseKeys = (catalogue: Map<string, string>) =>
  [...new Set([...catalogue.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const placeholders = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort();

describe('the mail message catalogues', () => {
  it('have the same messages in Welsh as in English', () => {
    expect(baseKeys(cy)).toEqual(baseKeys(en));
  });

  it.each([
    ['en', en, 'en-GB'],
    ['cy', cy, 'cy'],
  ] as const)('give %s every plural form its grammar needs', (_name, catalogue, locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = [...catalogue.keys()].filter((key) => PLURAL_SUFFIX.test(key));
    for (const base of new Set(plurals.map((key) => key.replace(PLURAL_SUFFIX, '')))) {
      for (const category of categories) expect(catalogue.has(`${base}_${category}`)).toBe(true);
    }
  });

  it('translate every message into Welsh, keeping every placeholder', () => {
    for (const [key, welsh] of cy) {
      const english = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other')) ?? '';
      expect(welsh.trim(), key).not.toBe('');
      expect(welsh, key).not.toBe(english);
      expect(placeholders(welsh), key).toEqual(placeholders(english));
    }
  });
});
