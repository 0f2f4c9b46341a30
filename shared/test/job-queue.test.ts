import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.ts';
import { JOBS_SCHEMA, startJobQueue, type PgBoss } from '../src/jobs/job-queue.ts';
import { withClient } from '../src/database/databases.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let database: TestDatabase;
let boss: PgBoss;
beforeAll(async () => {
  database = await createTestDatabase();
  boss = await startJobQueue(database.url, createLogger('test', 'silent'));
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await database?.drop();
});

describe('the job queue', () => {
  it('keeps its tables in a schema of its own, apart from the services’', async () => {
    const schemas = await withClient(database.url, (client) =>
      client.query<{ nspname: string }>('select nspname from pg_namespace where nspname = $1', [
        JOBS_SCHEMA,
      ]),
    );
    expect(schemas.rows).toEqual([{ nspname: 'pgboss' }]);
  });

  it('hands a published event to a worker with its data intact', async () => {
    await boss.createQueue('neighbourhood.upserted');
    const received = new Promise<unknown>((resolve) => {
      void boss.work<{ id: string }>(
        'neighbourhood.upserted',
        { pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          resolve(job?.data);
        },
      );
    });
    await boss.send('neighbourhood.upserted', { id: 'n-1' });
    await expect(received).resolves.toEqual({ id: 'n-1' });
  });
});
