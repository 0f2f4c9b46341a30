import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_CODES } from '@engage/shared/languages';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** What the tool reads: the catalogues, the code that uses them, and Prettier's settings. */
const COPIED = [
  '.prettierrc',
  'portal/messages',
  'portal/project.inlang/settings.json',
  'portal/src',
  'services/newsletters/src',
  'services/surveys/src/modules/questions/messages',
];

/** A temporary copy of the repo's catalogues to run the real CLI on; `remove()` when done. */
export function copyRepo(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'i18n-tools-'));
  for (const path of COPIED) {
    if (!existsSync(join(REPO_ROOT, path))) continue;
    cpSync(join(REPO_ROOT, path), join(root, path), {
      recursive: true,
      // Generated code the tool never reads: 6 MB of it.
      filter: (source) => !/portal[/\\]src[/\\]lib[/\\](paraglide|graphql)$/.test(source),
    });
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm i18n <args> --root <root>` as the root package.json script does. */
export async function runCli(root: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', '@oxc-node/core/register', CLI, ...args, '--root', root],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * Gives every language every key (the English text standing in for a translation where the
 * language has none yet), so the copy starts with nothing for `check` to find.
 */
export function fillLanguages(root: string, dirs: string[]): void {
  for (const dir of dirs) {
    const english = JSON.parse(readFileSync(join(root, dir, 'en.json'), 'utf8')) as object;
    for (const code of LANGUAGE_CODES) {
      const file = join(root, dir, `${code}.json`);
      const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
      writeFileSync(file, `${JSON.stringify(fill(english, current), null, 2)}\n`);
    }
  }
}

/** English's keys in English's order, the language's own text where it has some (nested too). */
function fill(english: object, current: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => {
      const own = current[key];
      if (isObject(value) && isObject(own)) return [key, fill(value, own)];
      return [key, own ?? value];
    }),
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');
export const write = (root: string, path: string, text: string): void =>
  writeFileSync(join(root, path), text);

/** Every file under the catalogue folders, path → text, to compare before and after. */
export function snapshot(root: string, dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of dirs) {
    for (const code of LANGUAGE_CODES) {
      for (const path of [`${dir}/${code}.json`, `${dir}/status/${code}.json`]) {
        if (existsSync(join(root, path))) files.set(path, read(root, path));
      }
    }
  }
  return files;
}

export const PORTAL = 'portal/messages';
export const MAIL = 'services/newsletters/src/modules/mail-templates/messages';
export const SURVEY = 'services/surveys/src/modules/questions/messages';
