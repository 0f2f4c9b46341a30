import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { EmbeddedDatabase } from '../database/embedded-postgres.ts';
import { startEmbeddedPostgresProcess } from '../database/embedded-postgres-process.ts';
import { createLogger } from '../logging/logger.ts';
// For the ProvidedContext type only.
import type {} from './test-database.ts';

/** The embedded test server's port: not 5432 (the machine's own), not the start command's. */
const TEST_PORT = 54329;

/**
 * Runs once per `pnpm test`: uses TEST_DATABASE_URL when set (any server a test may create
 * databases on), otherwise starts a private embedded PostgreSQL under `.data/test-postgres`.
 */
export default async function setup(project: TestProject) {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) {
    project.provide('postgresServerUrl', given);
    return;
  }
  // Vitest runs a global setup once per project; they all share one server, started once.
  const shared = globalThis as { [SERVER]?: Promise<EmbeddedDatabase>; [USERS]?: number };
  shared[SERVER] ??= startEmbeddedPostgresProcess({
    dir: join(project.globalConfig.root, '.data', 'test-postgres'),
    port: TEST_PORT,
    logger: createLogger('test-postgres', 'warn'),
  });
  shared[USERS] = (shared[USERS] ?? 0) + 1;
  const database = await shared[SERVER];
  project.provide('postgresServerUrl', database.serverUrl);
  return async () => {
    shared[USERS] = (shared[USERS] ?? 1) - 1;
    if (shared[USERS] === 0) await database.stop();
  };
}

const SERVER = Symbol.for('engage.test-postgres');
const USERS = Symbol.for('engage.test-postgres.users');
