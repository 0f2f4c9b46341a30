import { syncSettings, INLANG_SETTINGS_FILE } from './inlang-settings.ts';
import { canonicalText, loadCatalogues } from './load.ts';
import type { Repo } from './repo.ts';
import { newStatus, orderedStatus } from './status.ts';
import { summaryText, TRANSLATION_STATUS_FILE } from './translation-status.ts';

/**
 * Brings everything that follows from shared/src/languages.ts and the catalogues into step: the
 * portal's inlang locales, a status file for every language (new ones all draft), catalogues in
 * English key order, and the portal's translation-status.json. Returns the files it wrote.
 */
export async function sync(repo: Repo): Promise<string[]> {
  const written: string[] = [];
  if (syncSettings(repo)) written.push(INLANG_SETTINGS_FILE);
  const write = (file: string, text: string, before: string | undefined): void => {
    if (text === before) return;
    repo.write(file, text);
    written.push(file);
  };
  for (const catalogue of loadCatalogues(repo)) {
    const order = catalogue.english.entries.map((entry) => entry.key);
    for (const language of catalogue.languages) {
      if (language.statusText === undefined || language.status) {
        const status = orderedStatus(language.status ?? newStatus(), order);
        const text = await repo.formatJson(language.statusFile, status);
        write(language.statusFile, text, language.statusText);
      }
      // A file with a message it cannot read is left for a person to mend: rewriting it would
      // drop that message.
      if (language.read && language.read.problems.length === 0) {
        const text = await canonicalText(repo, catalogue, language, language.read.entries);
        write(language.file, text, language.text);
      }
    }
  }
  const summary = await summaryText(repo, loadCatalogues(repo));
  write(TRANSLATION_STATUS_FILE, summary, repo.read(TRANSLATION_STATUS_FILE));
  return written;
}
