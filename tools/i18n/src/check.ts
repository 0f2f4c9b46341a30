import { SOURCE_LANGUAGE } from '@engage/shared/languages';
import { contextFile } from './catalogues.ts';
import { variablesOf } from './icu.ts';
import { settingsProblem } from './inlang-settings.ts';
import { canonicalText, loadCatalogues, type LanguageFile, type LoadedCatalogue } from './load.ts';
import type { Repo } from './repo.ts';
import { stateOf } from './status.ts';
import { findUsage } from './usage.ts';
import { summaryText, TRANSLATION_STATUS_FILE } from './translation-status.ts';

export interface CheckResult {
  /** Each fails the check: one line naming the catalogue, language and key. */
  problems: string[];
  /** Worth knowing, not failing: reviewed translations whose English has changed since. */
  warnings: string[];
}

export async function check(repo: Repo): Promise<CheckResult> {
  const result: CheckResult = { problems: [], warnings: [] };
  const catalogues = loadCatalogues(repo);
  const settings = settingsProblem(repo);
  if (settings) result.problems.push(settings);
  for (const catalogue of catalogues) {
    checkEnglish(repo, catalogue, result);
    for (const language of catalogue.languages) {
      await checkLanguage(repo, catalogue, language, result);
    }
  }
  if (repo.read(TRANSLATION_STATUS_FILE) !== (await summaryText(repo, catalogues))) {
    result.problems.push(
      `${TRANSLATION_STATUS_FILE} is out of date with the catalogues: run pnpm i18n sync`,
    );
  }
  return result;
}

function checkEnglish(repo: Repo, catalogue: LoadedCatalogue, result: CheckResult): void {
  const { definition, english } = catalogue;
  for (const { key, problem } of english.problems) {
    result.problems.push(
      `${definition.id}: "${key}" in ${SOURCE_LANGUAGE} ${problem} (${english.file})`,
    );
  }
  for (const key of Object.keys(catalogue.context)) {
    if (!english.byKey.has(key)) {
      result.problems.push(
        `${definition.id}: "${key}" has a note for translators but is not in English (${contextFile(definition)})`,
      );
    }
  }
  if (!definition.usage) return;
  const usage = findUsage(
    repo,
    definition.usage,
    english.entries.map((entry) => entry.key),
  );
  for (const { key } of english.entries) {
    if (!usage.has(key)) {
      result.problems.push(
        `${definition.id}: "${key}" is used nowhere in ${definition.usage.sources.join(', ')} (${english.file})`,
      );
    }
  }
}

async function checkLanguage(
  repo: Repo,
  catalogue: LoadedCatalogue,
  language: LanguageFile,
  result: CheckResult,
): Promise<void> {
  const { definition, english } = catalogue;
  const { code, file } = language;
  const problem = (text: string): number => result.problems.push(`${definition.id}: ${text}`);
  if (language.text === undefined) problem(`there is no catalogue for ${code} (${file})`);
  if (language.error) problem(`${code} (${file}): ${language.error}`);
  const read = language.read;
  if (read) {
    for (const entry of read.problems)
      problem(`"${entry.key}" in ${code} ${entry.problem} (${file})`);
    const translated = new Map(read.entries.map((entry) => [entry.key, entry]));
    for (const source of english.entries) {
      const translation = translated.get(source.key);
      if (!translation) {
        if (!read.problems.some((entry) => entry.key === source.key)) {
          problem(`"${source.key}" is missing from ${code} (${file})`);
        }
        continue;
      }
      const placeholders = differentPlaceholders(source.icu, translation.icu);
      if (placeholders) problem(`"${source.key}" in ${code} ${placeholders} (${file})`);
    }
    for (const entry of read.entries) {
      if (!english.byKey.has(entry.key)) {
        problem(`"${entry.key}" is in ${code} but not in English (${file})`);
      }
    }
    const ordered =
      read.problems.length > 0 ||
      language.text === (await canonicalText(repo, catalogue, language, read.entries));
    if (!ordered) {
      problem(`${code} (${file}) is not in English key order and 2-space JSON: run pnpm i18n sync`);
    }
  }
  checkStatus(catalogue, language, result);
}

/** How a translation's placeholders differ from English's, or undefined when they agree. */
export function differentPlaceholders(
  englishIcu: string,
  translationIcu: string,
): string | undefined {
  const expected = variablesOf(englishIcu);
  const actual = variablesOf(translationIcu);
  const missing = expected.filter((name) => !actual.includes(name));
  const extra = actual.filter((name) => !expected.includes(name));
  const parts = [
    ...(missing.length ? [`lacks ${missing.map((name) => `{${name}}`).join(', ')}`] : []),
    ...(extra.length
      ? [`has ${extra.map((name) => `{${name}}`).join(', ')} that English lacks`]
      : []),
  ];
  return parts.length ? parts.join(' and ') : undefined;
}

function checkStatus(
  catalogue: LoadedCatalogue,
  language: LanguageFile,
  result: CheckResult,
): void {
  const { definition, english } = catalogue;
  const { code, statusFile } = language;
  if (language.statusText === undefined) {
    result.problems.push(
      `${definition.id}: there is no status file for ${code} (${statusFile}): run pnpm i18n sync`,
    );
    return;
  }
  if (language.statusError) {
    result.problems.push(`${definition.id}: ${code} (${statusFile}) ${language.statusError}`);
    return;
  }
  const translated = new Set(language.read?.entries.map((entry) => entry.key));
  for (const key of Object.keys(language.status?.reviewed ?? {})) {
    const source = english.byKey.get(key);
    if (!source) {
      result.problems.push(
        `${definition.id}: "${key}" is marked reviewed in ${code} but is not in English (${statusFile})`,
      );
      continue;
    }
    const state = stateOf(language.status, key, source.icu, translated.has(key));
    if (state === 'missing') {
      result.problems.push(
        `${definition.id}: "${key}" is marked reviewed in ${code} but has no translation (${statusFile})`,
      );
    }
    if (state === 'stale') {
      result.warnings.push(
        `${definition.id}: "${key}" in ${code} was reviewed, but the English has changed since: it counts as a draft again (${statusFile})`,
      );
    }
  }
}
