import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

/**
 * `pnpm typecheck` runs codegen first, so these are the checks it makes: every portal document
 * must validate against the gateway's API schema, and the committed generated code must be what
 * codegen makes of today's documents.
 */

const PORTAL = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = 'src/lib/graphql/';
const output = config.generates[OUTPUT]!;

/** The portal's config with absolute paths (tests run from the repository root too). */
function withDocuments(documents: string[]): CodegenConfig {
  return {
    ...config,
    schema: join(PORTAL, config.schema as string),
    documents,
    generates: { [join(PORTAL, OUTPUT)]: output },
    silent: true,
  };
}

const portalDocuments = (config.documents as string[]).map((pattern) =>
  pattern.startsWith('!') ? `!${join(PORTAL, pattern.slice(1))}` : join(PORTAL, pattern),
);

describe('the typed seam between the portal and the gateway', () => {
  it('refuses a document that asks for a field the gateway does not have', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'portal-codegen-'));
    try {
      const file = join(folder, 'bad.ts');
      await writeFile(
        file,
        "import { graphql } from '#lib/graphql/index.ts';\n" +
          'export const BAD = graphql(`\n' +
          '  query NoSuchField($slug: String!) {\n' +
          '    neighbourhood(slug: $slug) {\n' +
          '      name\n' +
          '      favouriteColour\n' +
          '    }\n' +
          '  }\n' +
          '`);\n',
      );
      await expect(generate(withDocuments([file]), false)).rejects.toThrow(
        /Cannot query field "favouriteColour" on type "Neighbourhood"/,
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('has committed the code codegen makes of the portal’s documents today', async () => {
    const files = await generate(withDocuments(portalDocuments), false);
    expect(files.length).toBeGreaterThan(0);
    for (const { filename, content } of files) {
      // When this fails: run `pnpm --filter @engage/portal codegen` and commit src/lib/graphql/.
      expect(await readFile(filename, 'utf8'), filename).toBe(content);
    }
    // Loading every source file under src/ takes seconds on a busy machine.
  }, 60_000);
});
