import { I18nError } from './errors.ts';
import { writeFileSync } from 'node:fs';
import { languageOf, SOURCE_LANGUAGE, type LanguageCode } from '@engage/shared/languages';
import { XMLBuilder } from 'fast-xml-parser';
import { variablesOf } from './icu.ts';
import { loadCatalogues, TARGET_CODES, type LoadedCatalogue } from './load.ts';
import { placeholderNote } from './placeholders.ts';
import type { Repo } from './repo.ts';
import { stateOf } from './status.ts';
import { findUsage } from './usage.ts';
import { XLIFF_NAMESPACE } from './xliff-shape.ts';

/** How many source files a location note names before it says "and N more". */
const LOCATIONS_SHOWN = 8;

/**
 * One XLIFF 2.0 document for one language: a `<file>` per catalogue, a `<unit>` per key with the
 * English source, the translation if there is one, its state (translated = draft, reviewed) and
 * notes on where the string is used, what it means and what its placeholders hold.
 */
export async function exportXliff(repo: Repo, code: string, out: string): Promise<string> {
  const xml = buildXliff(repo, targetLanguage(code));
  writeFileSync(out, xml);
  const units = (xml.match(/<unit /g) ?? []).length;
  const targets = (xml.match(/<target>/g) ?? []).length;
  return `${units} strings, ${targets} with a translation`;
}

export function targetLanguage(code: string): LanguageCode {
  if (code === SOURCE_LANGUAGE)
    throw new I18nError('English is the source language: export another');
  if (!(TARGET_CODES as string[]).includes(code)) {
    throw new I18nError(
      `"${code}" is not a language of shared/src/languages.ts (${TARGET_CODES.join(', ')})`,
    );
  }
  return code as LanguageCode;
}

export function buildXliff(repo: Repo, code: LanguageCode): string {
  const files = loadCatalogues(repo).map((catalogue) => fileOf(repo, catalogue, code));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NAMESPACE,
      '@_version': '2.0',
      '@_srcLang': languageOf(SOURCE_LANGUAGE).tag,
      '@_trgLang': languageOf(code).tag,
      file: files,
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build(document) as string;
}

function fileOf(repo: Repo, catalogue: LoadedCatalogue, code: string): unknown {
  const { definition, english, context } = catalogue;
  const language = catalogue.languages.find((candidate) => candidate.code === code);
  const translations = new Map(language?.read?.entries.map((entry) => [entry.key, entry]));
  const keys = english.entries.map((entry) => entry.key);
  const usage = definition.usage ? findUsage(repo, definition.usage, keys) : undefined;
  const units = english.entries.map((source) => {
    const translation = translations.get(source.key);
    const state = stateOf(language?.status, source.key, source.icu, translation !== undefined);
    const files = usage?.get(source.key) ?? [];
    const location = !usage
      ? definition.description
      : files.length === 0
        ? 'Not used by the code at the moment.'
        : `Used in ${files.slice(0, LOCATIONS_SHOWN).join(', ')}${files.length > LOCATIONS_SHOWN ? ` and ${files.length - LOCATIONS_SHOWN} more` : ''}.`;
    const notes = [
      { '@_category': 'location', '#text': location },
      ...optionalNote('description', context[source.key]),
      ...optionalNote('placeholders', placeholderNote(variablesOf(source.icu))),
      ...optionalNote(
        'status',
        state === 'stale'
          ? 'This translation was reviewed, but the English has changed since: please check it again.'
          : undefined,
      ),
    ];
    return {
      '@_id': source.key,
      notes: { note: notes },
      segment: {
        '@_state': state === 'reviewed' ? 'reviewed' : translation ? 'translated' : 'initial',
        source: source.icu,
        ...(translation ? { target: translation.icu } : {}),
      },
    };
  });
  return {
    '@_id': definition.id,
    '@_original': english.file,
    notes: { note: [{ '@_category': 'description', '#text': definition.description }] },
    unit: units,
  };
}

const optionalNote = (category: string, text: string | undefined) =>
  text ? [{ '@_category': category, '#text': text }] : [];
