import { PgBoss } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';

export { PgBoss };

/** pg-boss keeps its tables in a schema of its own, beside the services' schemas. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * The durable queue every service publishes events and schedules work on. One factory, so each
 * process connects the same way; pg-boss hands each job to exactly one worker across replicas.
 */
export async function startJobQueue(databaseUrl: string, logger: Logger): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, max: 4 });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}
