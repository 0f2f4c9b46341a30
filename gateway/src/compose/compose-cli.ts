/**
 * `pnpm compose`: writes gateway/supergraph.graphql. `pnpm compose --check` only compares, and
 * fails when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { composeSupergraph } from './compose.ts';
import { SUPERGRAPH_FILE } from './supergraph-file.ts';

const supergraph = await composeSupergraph();
const committed = await readFile(SUPERGRAPH_FILE, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (committed !== supergraph) {
    process.stderr.write(`${SUPERGRAPH_FILE} is stale: run \`pnpm compose\` and commit it.\n`);
    process.exit(1);
  }
  process.stdout.write('supergraph is up to date\n');
} else if (committed === supergraph) {
  process.stdout.write('supergraph unchanged\n');
} else {
  await writeFile(SUPERGRAPH_FILE, supergraph);
  process.stdout.write(`wrote ${SUPERGRAPH_FILE}\n`);
}
process.exit(0);
