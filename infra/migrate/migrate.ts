/**
 * Applies every subgraph's pending migrations, and pg-boss's own, then exits: the Kubernetes
 * migrations Job (infra/kubernetes/base/migrate-job.yaml) runs it before a new version rolls out.
 *
 * Each service also migrates when it starts (shared/src/orm/service-orm.ts), so `pnpm start` needs
 * no step of its own; but with several replicas starting at once, each would race to apply the
 * same migration. Run first, as one Job, the replicas then find nothing left to apply.
 *
 *   DATABASE_URL=postgres://… node --import @oxc-node/core/register infra/migrate/migrate.ts
 */
import 'reflect-metadata';
import { pathToFileURL } from 'node:url';
import { createLogger, env, loadConfig, openServiceOrm, startJobQueue } from '@engage/shared';
import type { ServiceDefinition } from '@engage/shared/graphql';

/** Every subgraph that owns a schema, in the order their migrations are applied. */
export const MIGRATED_SERVICES = ['engagement', 'surveys', 'newsletters'] as const;

const logger = createLogger('migrations');
const config = loadConfig({ DATABASE_URL: env.databaseUrl() });

/** The service definition a service's src/service.ts exports (loaded by path, as at run time). */
async function definitionOf(name: string): Promise<ServiceDefinition<unknown>> {
  const url = new URL(`../../services/${name}/src/service.ts`, import.meta.url);
  const module = (await import(pathToFileURL(url.pathname).href)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (value): value is ServiceDefinition<unknown> =>
      typeof value === 'object' && value !== null && 'migrationsFolder' in value,
  );
  if (!definition)
    throw new Error(`services/${name}/src/service.ts exports no service definition.`);
  return definition;
}

for (const name of MIGRATED_SERVICES) {
  const definition = await definitionOf(name);
  const orm = await openServiceOrm({
    schema: definition.name,
    databaseUrl: config.DATABASE_URL,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsFolder: definition.migrationsFolder,
    logger: logger.child({ subgraph: name }),
    poolSize: 1,
  });
  await orm.close();
  logger.info({ subgraph: name }, 'migrations up to date');
}

// pg-boss creates and upgrades its own schema when it starts.
const boss = await startJobQueue(config.DATABASE_URL, logger);
await boss.stop({ graceful: false });
logger.info('job queue schema up to date');
