/**
 * The embedded PostgreSQL's own process (see embedded-postgres-process.ts): starts the server,
 * says it is ready on stdout, and stops it on SIGTERM or SIGINT.
 */
import { createLogger } from '../logging/logger.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { EMBEDDED_POSTGRES_READY } from './embedded-postgres-process.ts';

const logger = createLogger('postgres');
const dir = process.env['EMBEDDED_POSTGRES_DIR'];
const port = Number(process.env['EMBEDDED_POSTGRES_PORT']);
if (!dir || !Number.isInteger(port)) {
  throw new Error('EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT must be set.');
}
const database = await startEmbeddedPostgres({ dir, port, logger });
process.stdout.write(`${EMBEDDED_POSTGRES_READY}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void database.stop().then(() => process.exit(0));
  });
}
