import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOf, type LanguageCode } from '@engage/shared/languages';
import { loadMailCatalogues } from '../../src/modules/mail-templates/mail-catalogues.ts';
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
const catalogues = Object.entries(MESSAGE_CATALOGUES).map(
  ([code, catalogue]) => [code as LanguageCode, flatten(catalogue)] as const,
);
const en = flatten(MESSAGE_CATALOGUES.en!);
const translations = catalogues.filter(([code]) => code !== 'en');
const baseKeys = (catalogue: Map<string, string>) =>
  [...new Set([...catalogue.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const placeholders = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort();

describe('the mail message catalogues', () => {
  it('are every file in messages/, Welsh among them', () => {
    expect(Object.keys(MESSAGE_CATALOGUES)).toEqual(expect.arrayContaining(['en', 'cy']));
  });

  it.each(translations)('have the same messages in %s as in English', (_code, catalogue) => {
    expect(baseKeys(catalogue)).toEqual(baseKeys(en));
  });

  it.each(catalogues)('give %s every plural form its grammar needs', (code, catalogue) => {
    const categories = new Intl.PluralRules(languageOf(code).tag).resolvedOptions()
      .pluralCategories;
    const pluralBases = (entries: Map<string, string>) => [
      ...new Set(
        [...entries.keys()]
          .filter((key) => PLURAL_SUFFIX.test(key))
          .map((key) => key.replace(PLURAL_SUFFIX, '')),
      ),
    ];
    expect(pluralBases(catalogue).sort()).toEqual(pluralBases(en).sort());
    for (const base of pluralBases(catalogue)) {
      for (const category of categories) {
        expect(catalogue.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
      }
    }
  });

  it.each(translations)(
    'translate every message into %s, keeping every placeholder',
    (_code, catalogue) => {
      for (const [key, translated] of catalogue) {
        const english = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other')) ?? '';
        expect(translated.trim(), key).not.toBe('');
        expect(translated, key).not.toBe(english);
        // A language may write "one" or "two" as a word and leave the number out (Arabic's
        // "for one day"); every other form, and every other placeholder, must be there.
        const wordForm = /_(zero|one|two)$/.test(key);
        const expected = placeholders(english).filter(
          (placeholder) => !(wordForm && placeholder === '{{count}}'),
        );
        expect(
          placeholders(translated).filter(
            (placeholder) => !(wordForm && placeholder === '{{count}}'),
          ),
          key,
        ).toEqual(expected);
      }
    },
  );
});

describe('loading the mail catalogues', () => {
  const directory = (files: Record<string, unknown>) => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-catalogues-'));
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), JSON.stringify(content));
    }
    return dir;
  };

  it('loads each language that has a file, leaving out translators’ $ metadata', () => {
    const loaded = loadMailCatalogues(
      directory({
        'en.json': { a: 'Hello' },
        'ur.json': { $schema: 'https://inlang.com/schema', a: 'سلام' },
      }),
    );
    expect(loaded).toEqual({ en: { a: 'Hello' }, ur: { a: 'سلام' } });
  });

  it('leaves the translators’ notes (context.json) to pnpm i18n', () => {
    const loaded = loadMailCatalogues(
      directory({ 'en.json': { a: 'Hello' }, 'context.json': { a: 'A greeting at the top' } }),
    );
    expect(loaded).toEqual({ en: { a: 'Hello' } });
  });

  it('refuses a file for a language that is not in the list, naming it', () => {
    expect(() =>
      loadMailCatalogues(directory({ 'en.json': { a: 'Hello' }, 'pa-IN.json': { a: 'x' } })),
    ).toThrow(/pa-IN\.json is for "pa-IN", which is not one of the languages/);
  });

  it('refuses to start without the English source catalogue', () => {
    expect(() => loadMailCatalogues(directory({ 'cy.json': { a: 'Helo' } }))).toThrow(
      /no English mail catalogue/,
    );
  });
});
