import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLanguageCode, LANGUAGES, type LanguageCode } from '@engage/shared/languages';

/** A mail catalogue as i18next reads it: nested objects of strings. */
export type MailCatalogue = { [key: string]: string | MailCatalogue };

/** "ur.json", "pa-IN.json": a file named for a language (BCP 47 shape), known to us or not. */
const LANGUAGE_FILE = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*\.json$/;

export const MESSAGES_DIRECTORY = fileURLToPath(new URL('./messages/', import.meta.url));

/**
 * Every catalogue in `directory`, one `<code>.json` per language of shared/src/languages.ts.
 * Adding a language is adding its file: nothing here names one. A file for a code that is not in
 * the list is a start-up error (a typo such as `pa-IN.json` would otherwise be ignored for ever).
 * A language of the list without a file is not loaded; `pnpm lint`'s catalogue check reports it,
 * and a mail asked for in it fails naming the file (mail-messages.ts), never quietly in English.
 * Top-level keys starting with `$` (`$schema`, translators' metadata) are not messages, and
 * files whose names are not language codes (`context.json`, the translators' notes; `status/`)
 * belong to `pnpm i18n`, not to the mail.
 */
export function loadMailCatalogues(
  directory: string = MESSAGES_DIRECTORY,
): Partial<Record<LanguageCode, MailCatalogue>> {
  const catalogues: Partial<Record<LanguageCode, MailCatalogue>> = {};
  for (const file of readdirSync(directory)
    .filter((name) => LANGUAGE_FILE.test(name))
    .sort()) {
    const code = basename(file, '.json');
    if (!isLanguageCode(code)) {
      const known = LANGUAGES.map((language) => language.code).join(', ');
      throw new Error(
        `Mail catalogue ${file} is for "${code}", which is not one of the languages (${known}) in shared/src/languages.ts.`,
      );
    }
    const parsed: unknown = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`Mail catalogue ${file} must hold a JSON object of messages.`);
    }
    catalogues[code] = Object.fromEntries(
      Object.entries(parsed).filter(([key]) => !key.startsWith('$')),
    ) as MailCatalogue;
  }
  if (!catalogues.en)
    throw new Error(`There is no English mail catalogue (en.json) in ${directory}.`);
  return catalogues;
}
