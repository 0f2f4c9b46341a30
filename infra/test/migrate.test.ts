import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@engage/shared/testing';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The migrations Job's command, exactly as the Job runs it (infra/kubernetes/base/migrate-job.yaml). */
const migrate = (databaseUrl: string) =>
  run(process.execPath, ['--import', '@oxc-node/core/register', 'infra/migrate/migrate.ts'], {
    cwd: REPO,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' },
  });

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const schemas = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; tables: number }>(`
      select s.schema_name as name,
        (select count(*)::int from information_schema.tables t
          where t.table_schema = s.schema_name) as tables
      from information_schema.schemata s
      where s.schema_name in ('engagement', 'surveys', 'newsletters', 'pgboss')
      order by 1`);
    return rows;
  } finally {
    await client.end();
  }
};

describe('the migrations command', () => {
  it("applies every service's migrations and the queue's schema to an empty database", async () => {
    await migrate(database.url);
    const found = await schemas(database.url);
    expect(found.map((schema) => schema.name)).toEqual([
      'engagement',
      'newsletters',
      'pgboss',
      'surveys',
    ]);
    for (const schema of found) expect(schema.tables, schema.name).toBeGreaterThan(1);
  }, 120_000);

  it('finds nothing to do the second time (a Job run again, or replicas starting after it)', async () => {
    const before = await schemas(database.url);
    const { stdout } = await migrate(database.url);
    expect(stdout).not.toContain('applied migrations');
    expect(stdout).toContain('job queue schema up to date');
    expect(await schemas(database.url)).toEqual(before);
  }, 120_000);

  it('refuses to start without DATABASE_URL, naming it', async () => {
    await expect(migrate('')).rejects.toMatchObject({
      stderr: expect.stringContaining('DATABASE_URL'),
    });
  });
});
