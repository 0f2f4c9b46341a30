import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { check } from './check.ts';
import { I18nError } from './errors.ts';
import { Repo } from './repo.ts';
import { sync } from './sync.ts';
import { exportXliff } from './xliff-export.ts';
import { importXliff, ImportRefused } from './xliff-import.ts';

const USAGE = `Usage: pnpm i18n <command> [--root <repo>]
  check                          problems in the message catalogues (exit 1 if any)
  sync                           locales, status files, key order and translation-status.json
  export --language <code> [--out <file.xlf>]
                                 one XLIFF 2.0 file of every catalogue for a translator
  import <file.xlf>              a translator's XLIFF back into the catalogues and status files`;

/** `pnpm i18n` runs at the repo root; a path the user typed is relative to where they were. */
const userPath = (path: string): string =>
  isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      language: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  const repo = values.root ? new Repo(userPath(values.root)) : Repo.here();
  switch (command) {
    case 'check': {
      const { problems, warnings } = await check(repo);
      for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
      for (const problem of problems) process.stderr.write(`${problem}\n`);
      if (problems.length > 0) {
        for (const line of missingTally(problems)) process.stderr.write(`${line}\n`);
        process.stderr.write(`pnpm i18n check: ${problems.length} problem(s)\n`);
        return 1;
      }
      process.stdout.write('pnpm i18n check: the catalogues are in step\n');
      return 0;
    }
    case 'sync': {
      const written = await sync(repo);
      process.stdout.write(
        written.length ? written.map((file) => `wrote ${file}\n`).join('') : 'nothing to change\n',
      );
      return 0;
    }
    case 'export': {
      if (!values.language) throw new UsageError('export needs --language <code>');
      const out = userPath(values.out ?? `neighbourhood-link-${values.language}.xlf`);
      const summary = await exportXliff(repo, values.language, out);
      process.stdout.write(`wrote ${out}: ${summary}\n`);
      return 0;
    }
    case 'import': {
      if (rest.length !== 1 || !rest[0]) throw new UsageError('import needs one <file.xlf>');
      const report = await importXliff(repo, userPath(rest[0]));
      for (const line of report) process.stdout.write(`${line}\n`);
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

class UsageError extends I18nError {}

/** A language with hundreds of keys still to translate gets one line saying how many, at the end. */
function missingTally(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    const missing = /^(\w+): "[^"]*" is missing from (\w+) /.exec(problem);
    if (missing)
      counts.set(
        `${missing[1]} ${missing[2]}`,
        (counts.get(`${missing[1]} ${missing[2]}`) ?? 0) + 1,
      );
  }
  return [...counts]
    .filter(([, count]) => count >= 10)
    .map(([where, count]) => {
      const [catalogue, code] = where.split(' ');
      return `${catalogue}: ${count} keys are missing from ${code}`;
    });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ImportRefused) {
      process.stderr.write(`${error.message}\n${error.reasons.map((r) => `  ${r}\n`).join('')}`);
    } else if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    } else if (error instanceof I18nError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
