import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The repository the tool works on: this one, or a copy (tests, `--root`). */
export class Repo {
  constructor(readonly root: string) {}

  static here(): Repo {
    return new Repo(fileURLToPath(new URL('../../../', import.meta.url)));
  }

  path(file: string): string {
    return join(this.root, file);
  }

  exists(file: string): boolean {
    return existsSync(this.path(file));
  }

  read(file: string): string | undefined {
    return this.exists(file) ? readFileSync(this.path(file), 'utf8') : undefined;
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(this.path(file)), { recursive: true });
    writeFileSync(this.path(file), text);
  }

  /** Files under `dir` (relative to the root) whose names end in one of `extensions`. */
  list(dir: string, extensions: string[]): string[] {
    if (!this.exists(dir)) return [];
    return readdirSync(this.path(dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => extensions.some((extension) => name.endsWith(extension)))
      .map((name) =>
        relative(this.root, join(this.path(dir), name))
          .split('\\')
          .join('/'),
      )
      .sort();
  }

  /**
   * JSON as the repo keeps it: 2-space, characters as themselves (no \u escapes), trailing
   * newline, and then Prettier with the repo's settings, so that `prettier --check` agrees.
   */
  async formatJson(file: string, value: unknown): Promise<string> {
    const options = (await prettier.resolveConfig(this.path(file))) ?? {};
    return prettier.format(`${JSON.stringify(value, null, 2)}\n`, {
      ...options,
      filepath: this.path(file),
    });
  }
}
