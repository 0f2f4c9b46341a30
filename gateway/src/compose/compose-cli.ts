/**
 * `pnpm compose`: writes gateway/supergraph.graphql and gateway/api-schema.graphql. `pnpm compose
 * --check` only compares, and fails when a committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { compose } from './compose.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './supergraph-file.ts';

const composed = await compose();
const files = [
  [SUPERGRAPH_FILE, composed.supergraph],
  [API_SCHEMA_FILE, composed.apiSchema],
] as const;
let stale = false;
for (const [file, text] of files) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed === text) {
    process.stdout.write(`${file} is up to date\n`);
  } else if (process.argv.includes('--check')) {
    process.stderr.write(`${file} is stale: run \`pnpm compose\` and commit it.\n`);
    stale = true;
  } else {
    await writeFile(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
process.exit(stale ? 1 : 0);
