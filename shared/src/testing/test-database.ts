import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { databaseUrl, dropDatabase, ensureDatabase } from '../database/databases.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** A PostgreSQL server URL (no database) that tests create their own databases on. */
    postgresServerUrl: string;
  }
}

export interface TestDatabase {
  /** URL of a new, empty database of this test file's own. */
  url: string;
  serverUrl: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the real test server, so test files never see each other's rows and can
 * run in parallel. Services migrate it themselves, exactly as they do at start-up.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('postgresServerUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return {
    url: databaseUrl(serverUrl, name),
    serverUrl,
    drop: () => dropDatabase(serverUrl, name),
  };
}
