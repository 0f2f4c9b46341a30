import type { Repo } from './repo.ts';

/**
 * Where a catalogue's keys are used. Each rule lists the source folders to read and what counts
 * as a use in one file's text; `keysUsedIn` returns every candidate key a file mentions.
 */
export interface UsageRule {
  sources: string[];
  /** Files that never count: generated code, tests (a key only a test uses is unused). */
  ignore: RegExp;
  keysUsedIn(text: string): Iterable<string>;
}

const SOURCE_EXTENSIONS = ['.ts', '.js', '.svelte'];

/**
 * Paraglide: `m.key(…)`, `m.key` passed as a function (`{ open: m.survey_status_open }`), and
 * `m['key']`. A file that indexes `m[…]` with a computed name may hold its keys in a map of
 * strings, so there every quoted string counts as well.
 */
export const paraglideUsage = (sources: string[]): UsageRule => ({
  sources,
  ignore: /\/paraglide\/|\.(test|spec)\.ts$/,
  *keysUsedIn(text) {
    for (const match of text.matchAll(/\bm\s*\.\s*(\w+)|\bm\s*\[\s*['"`](\w+)['"`]\s*\]/g)) {
      yield (match[1] ?? match[2]) as string;
    }
    if (/\bm\s*\[\s*(?!['"`]\w+['"`]\s*\])/.test(text)) {
      for (const match of text.matchAll(/['"`](\w+)['"`]/g)) yield match[1] as string;
      // m[`survey_status_${status}`]: every key that starts so.
      for (const match of text.matchAll(/`(\w{3,})\$\{/g)) yield `${match[1]}${PREFIX}`;
    }
  },
});

/** i18next: the key is a string, `t('group.key', …)`, possibly picked by a condition first. */
export const i18nextUsage = (sources: string[]): UsageRule => ({
  sources,
  ignore: /\.(test|spec)\.ts$/,
  *keysUsedIn(text) {
    for (const match of text.matchAll(/['"`]([\w]+(?:\.[\w]+)+)['"`]/g)) yield match[1] as string;
    // t(`language.${code}`): every key in the group.
    for (const match of text.matchAll(/`(\w+(?:\.\w+)*\.)\$\{/g)) yield `${match[1]}${PREFIX}`;
  },
});

/** Marks a yielded key as a prefix: every key that starts with it is used (keys have no "*"). */
const PREFIX = '*';

/** key → the files that use it, for those of `keys` that are used at all. */
export function findUsage(repo: Repo, rule: UsageRule, keys: string[]): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  for (const source of rule.sources) {
    for (const file of repo.list(source, SOURCE_EXTENSIONS)) {
      if (rule.ignore.test(file)) continue;
      for (const key of new Set(rule.keysUsedIn(repo.read(file) ?? ''))) {
        mentions.set(key, [...(mentions.get(key) ?? []), file]);
      }
    }
  }
  const prefixes = [...mentions].filter(([mention]) => mention.endsWith(PREFIX));
  const usage = new Map<string, string[]>();
  for (const key of keys) {
    const files = [
      ...(mentions.get(key) ?? []),
      ...prefixes
        .filter(([prefix]) => key.startsWith(prefix.slice(0, -PREFIX.length)))
        .flatMap(([, files]) => files),
    ];
    if (files.length > 0) usage.set(key, [...new Set(files)].sort());
  }
  return usage;
}
