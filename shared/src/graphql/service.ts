import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { startOutboxRelay, type OutboxRelay } from '../events/outbox-relay.ts';
import { ensureSubscriptions, subscribeToEvents, type EventHandlers } from '../events/subscribe.ts';
import { startJobQueue } from '../jobs/job-queue.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { openServiceOrm } from '../orm/service-orm.ts';
import { buildFederatedSchema, type FederatedSchemaOptions } from './federated-schema.ts';
import type { RunningHttpServer } from './http-server.ts';
import { startSubgraph } from './subgraph.ts';

/**
 * Everything that makes one subgraph service what it is. The three services each export one of
 * these from `src/service.ts`; starting, testing and composing them is the same code for all.
 */
export interface ServiceDefinition<Loaders> {
  /** Also the service's PostgreSQL schema. */
  name: 'engagement' | 'surveys' | 'newsletters';
  entities: Constructor<object>[];
  migrations: Constructor<Migration>[];
  migrationsFolder: string;
  schema: FederatedSchemaOptions;
  createLoaders: (em: EntityManager) => Loaders;
  /** Idempotent: a second run changes nothing. */
  seedDemoData: (em: EntityManager, logger: Logger) => Promise<void>;
  /** What this service does when other services' events arrive (handlers must be idempotent). */
  subscriptions?: EventHandlers;
}

export interface ServiceSettings {
  databaseUrl: string;
  port: number;
  host?: string;
  gatewaySecret: string;
  seedDemoData: boolean;
  logger?: Logger;
}

export interface RunningService extends RunningHttpServer {
  orm: MikroORM;
  outbox: OutboxRelay;
}

/** config → orm (migrated) → seed → schema → server, the same for every subgraph. */
export async function startService<Loaders>(
  definition: ServiceDefinition<Loaders>,
  settings: ServiceSettings,
): Promise<RunningService> {
  const logger = settings.logger ?? createLogger(definition.name);
  const orm = await openServiceOrm({
    schema: definition.name,
    databaseUrl: settings.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsFolder: definition.migrationsFolder,
    logger,
  });
  const boss = await startJobQueue(settings.databaseUrl, logger);
  await ensureSubscriptions(boss);
  const outbox = startOutboxRelay(orm, boss, logger);
  try {
    await subscribeToEvents(definition.name, boss, orm, definition.subscriptions ?? {}, logger);
    if (settings.seedDemoData) await definition.seedDemoData(orm.em.fork(), logger);
    const schema = await buildFederatedSchema(definition.schema);
    const http = await startSubgraph({
      schema,
      orm,
      createLoaders: definition.createLoaders,
      gatewaySecret: settings.gatewaySecret,
      port: settings.port,
      host: settings.host,
      logger,
    });
    logger.info({ url: `${http.url}/graphql` }, `${definition.name} subgraph ready`);
    return {
      ...http,
      orm,
      outbox,
      async stop() {
        await http.stop();
        await outbox.stop();
        await boss.stop({ graceful: true, timeout: 5000 });
        await orm.close();
      },
    };
  } catch (error) {
    await outbox.stop();
    await boss.stop({ graceful: false });
    await orm.close();
    throw error;
  }
}
