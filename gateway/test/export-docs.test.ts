import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { outputColumns } from '../src/exports/export-cells.ts';
import { EXPORTS } from '../src/exports/export-registry.ts';

const docs = await readFile(new URL('../../docs/exports.md', import.meta.url), 'utf8');

/** The section of docs/exports.md about one export: from its heading to the next. */
const section = (name: string) => docs.split(/^### /m).find((part) => part.startsWith(`${name}\n`));

describe('docs/exports.md', () => {
  it.each(EXPORTS.map((declaration) => [declaration.name, declaration] as const))(
    'documents %s: its addresses and every column, in order',
    (name, declaration) => {
      const text = section(name);
      expect(text, `no "### ${name}" section`).toBeDefined();
      expect(text).toContain(`/exports/${name}.csv`);
      expect(text).toContain(`/exports/${name}.json`);
      const documented = [...text!.matchAll(/^\| `([a-z0-9_]+)` +\|/gm)].map((match) => match[1]);
      expect(documented).toEqual(outputColumns(declaration));
    },
  );
});
