/**
 * The mail worker alone, in a process of its own, as the crash test runs it (and kills it).
 * Reads DATABASE_URL and the service's mail settings from the environment.
 */
import 'reflect-metadata';
import { createLogger, JOBS_SCHEMA, openServiceOrm, PgBoss } from '@engage/shared';
import { mailComposers, mailRecipients } from '../../src/mail-composers.ts';
import { newslettersService } from '../../src/service.ts';
import { startMailWorkers } from '../../src/workers.ts';

const logger = createLogger('mail-worker-under-test', process.env['LOG_LEVEL'] ?? 'warn');
const databaseUrl = process.env['DATABASE_URL']!;
const orm = await openServiceOrm({
  schema: newslettersService.name,
  databaseUrl,
  entities: newslettersService.entities,
  migrations: newslettersService.migrations,
  migrationsFolder: newslettersService.migrationsFolder,
  logger,
  poolSize: 4,
});
// Supervision every second, so the job of a killed worker is noticed (and retried) quickly.
const boss = new PgBoss({
  connectionString: databaseUrl,
  schema: JOBS_SCHEMA,
  max: 4,
  superviseIntervalSeconds: 1,
  monitorIntervalSeconds: 1,
});
boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
await boss.start();
const workers = await startMailWorkers(
  { orm, boss, logger },
  { composers: mailComposers, recipients: mailRecipients },
  { pollIntervalMs: 100, sendConcurrency: 1, sendJobExpireSeconds: 2, retryDelaySeconds: 1 },
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void (async () => {
    await workers.stop();
    await boss.stop({ graceful: false });
    await orm.close();
    process.exit(0);
  })();
});
