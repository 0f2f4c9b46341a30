import { I18nError } from './errors.ts';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@engage/shared/languages';
import { isRecord } from './formats/format.ts';
import type { Repo } from './repo.ts';

/**
 * Paraglide compiles the portal's messages for the locales in the inlang project's settings;
 * they must be the languages of shared/src/languages.ts, no more, no fewer, English the base.
 */
export const INLANG_SETTINGS_FILE = 'portal/project.inlang/settings.json';

function settings(repo: Repo): Record<string, unknown> {
  const json: unknown = JSON.parse(repo.read(INLANG_SETTINGS_FILE) ?? 'null');
  if (!isRecord(json)) throw new I18nError(`${INLANG_SETTINGS_FILE} is not a JSON object`);
  return json;
}

/** The problem, if the settings are out of step; undefined when they agree. */
export function settingsProblem(repo: Repo): string | undefined {
  const { baseLocale, locales } = settings(repo);
  const same =
    baseLocale === SOURCE_LANGUAGE &&
    Array.isArray(locales) &&
    locales.join() === LANGUAGE_CODES.join();
  if (same) return undefined;
  return `${INLANG_SETTINGS_FILE}: locales ${JSON.stringify(locales)} (base ${String(baseLocale)}) are not the languages of shared/src/languages.ts ${JSON.stringify(LANGUAGE_CODES)} (base ${SOURCE_LANGUAGE}): run pnpm i18n sync`;
}

/** Rewrites the locales; true when the file changed. */
export function syncSettings(repo: Repo): boolean {
  if (!settingsProblem(repo)) return false;
  const updated = { ...settings(repo), baseLocale: SOURCE_LANGUAGE, locales: LANGUAGE_CODES };
  // The file is Prettier-ignored and inlang writes it in JSON.stringify's layout: keep that.
  repo.write(INLANG_SETTINGS_FILE, `${JSON.stringify(updated, null, 2)}\n`);
  return true;
}
