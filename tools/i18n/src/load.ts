import { I18nError } from './errors.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@engage/shared/languages';
import {
  CATALOGUES,
  catalogueFile,
  contextFile,
  statusFile,
  type CatalogueDefinition,
} from './catalogues.ts';
import type { Entry, ReadCatalogue } from './formats/format.ts';
import { isRecord } from './formats/format.ts';
import type { Repo } from './repo.ts';
import { parseStatus, type TranslationStatus } from './status.ts';

/** The languages translated from English, in the order of shared/src/languages.ts. */
export const TARGET_CODES = LANGUAGE_CODES.filter((code) => code !== SOURCE_LANGUAGE);

/** One language's file of a catalogue, as found on disk. */
export interface LanguageFile {
  code: string;
  file: string;
  /** undefined: the file does not exist. */
  text?: string;
  read?: ReadCatalogue;
  /** The file is not JSON a format can read. */
  error?: string;
  statusFile: string;
  statusText?: string;
  status?: TranslationStatus;
  statusError?: string;
}

export interface LoadedCatalogue {
  definition: CatalogueDefinition;
  english: ReadCatalogue & { file: string; byKey: Map<string, Entry> };
  languages: LanguageFile[];
  /** key → a translator's note (context.json). */
  context: Record<string, string>;
}

export function loadCatalogues(repo: Repo): LoadedCatalogue[] {
  const loaded: LoadedCatalogue[] = [];
  for (const definition of CATALOGUES) {
    const file = catalogueFile(definition, SOURCE_LANGUAGE);
    const text = repo.read(file);
    if (text === undefined) {
      if (definition.optional) continue;
      throw new I18nError(`${definition.id}: the English catalogue ${file} does not exist`);
    }
    const english = definition.format.read(parseJson(text, file));
    loaded.push({
      definition,
      english: { ...english, file, byKey: new Map(english.entries.map((e) => [e.key, e])) },
      languages: TARGET_CODES.map((code) => loadLanguage(repo, definition, code)),
      context: loadContext(repo, definition),
    });
  }
  return loaded;
}

function loadLanguage(repo: Repo, definition: CatalogueDefinition, code: string): LanguageFile {
  const file = catalogueFile(definition, code);
  const language: LanguageFile = { code, file, statusFile: statusFile(definition, code) };
  language.text = repo.read(file);
  if (language.text !== undefined) {
    try {
      language.read = definition.format.read(parseJson(language.text, file));
    } catch (error) {
      language.error = (error as Error).message;
    }
  }
  language.statusText = repo.read(language.statusFile);
  if (language.statusText !== undefined) {
    try {
      language.status = parseStatus(parseJson(language.statusText, language.statusFile));
    } catch (error) {
      language.statusError = (error as Error).message;
    }
  }
  return language;
}

function loadContext(repo: Repo, definition: CatalogueDefinition): Record<string, string> {
  const file = contextFile(definition);
  const text = repo.read(file);
  if (text === undefined) return {};
  const json = parseJson(text, file);
  if (!isRecord(json) || !Object.values(json).every((note) => typeof note === 'string')) {
    throw new I18nError(`${file} must be an object of key → note`);
  }
  return json as Record<string, string>;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new I18nError(`${file} is not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** A language's entries in English key order, then any keys English lacks, as they came. */
export function inEnglishOrder(catalogue: LoadedCatalogue, entries: readonly Entry[]): Entry[] {
  const position = new Map(catalogue.english.entries.map((entry, index) => [entry.key, index]));
  return [...entries].sort(
    (a, b) => (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity),
  );
}

/** The file's text as `import` and `sync` write it. */
export async function canonicalText(
  repo: Repo,
  catalogue: LoadedCatalogue,
  language: LanguageFile,
  entries: readonly Entry[],
): Promise<string> {
  const { format } = catalogue.definition;
  const header = language.read?.header ?? catalogue.english.header;
  return repo.formatJson(language.file, format.write(header, inEnglishOrder(catalogue, entries)));
}
