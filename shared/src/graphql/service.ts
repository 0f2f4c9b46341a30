import type { Constructor } from '@mikro-orm/core';
import type { SubgraphName } from '../auth/tokens.ts';
import type { Migration } from '@mikro-orm/migrations';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { startOutboxRelay, type OutboxRelay } from '../events/outbox-relay.ts';
import { ensureSubscriptions, subscribeToEvents, type EventHandlers } from '../events/subscribe.ts';
import type { PgBoss } from 'pg-boss';
import { startJobQueue } from '../jobs/job-queue.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { collectDatabasePool, collectQueues } from '../metrics/collectors.ts';
import { createProcessMetrics, type ProcessMetrics } from '../metrics/process-metrics.ts';
import { openServiceOrm, type ServiceEntity } from '../orm/service-orm.ts';
import { buildFederatedSchema, type FederatedSchemaOptions } from './federated-schema.ts';
import { answers, type RunningHttpServer } from './http-server.ts';
import { startSubgraph } from './subgraph.ts';

/**
 * Everything that makes one subgraph service what it is. The three services each export one of
 * these from `src/service.ts`; starting, testing and composing them is the same code for all.
 */
export interface ServiceDefinition<Loaders> {
  /** Also the service's PostgreSQL schema. */
  name: SubgraphName;
  entities: ServiceEntity[];
  migrations: Constructor<Migration>[];
  migrationsFolder: string;
  schema: FederatedSchemaOptions;
  createLoaders: (em: EntityManager) => Loaders;
  /**
   * Reads and checks the service's own settings (`src/settings.ts`), first thing at start-up, so
   * a missing or bad variable stops the start with a message naming it.
   */
  settings?: () => unknown;
  /** Idempotent: a second run changes nothing. */
  seedDemoData: (em: EntityManager, logger: Logger) => Promise<void>;
  /** What this service does when other services' events arrive (handlers must be idempotent). */
  subscriptions?: EventHandlers;
  /**
   * Work beside the API (the mail worker, round opening and closing): started after the event
   * subscriptions and the seed, before the server takes requests; stopped before the queue.
   */
  startWorkers?: (runtime: ServiceRuntime) => Promise<Workers>;
}

/** What a service's workers are given: its migrated ORM, the job queue, logger and metrics. */
export interface ServiceRuntime {
  orm: MikroORM;
  boss: PgBoss;
  logger: Logger;
  /** Absent when a test starts workers on their own. */
  metrics?: ProcessMetrics;
}

export interface Workers {
  /** Lets jobs in hand finish (or be retried later) and stops taking new ones. */
  stop(): Promise<void>;
}

export interface ServiceSettings {
  databaseUrl: string;
  port: number;
  host?: string;
  gatewaySecret: string;
  seedDemoData: boolean;
  logger?: Logger;
  /** The process's metrics; a registry of the service's own unless given. */
  metrics?: ProcessMetrics;
  /** See GraphQLHttpOptions (http-server.ts). */
  drainTimeoutMs?: number;
  shutdownDelayMs?: number;
}

export interface RunningService extends RunningHttpServer {
  orm: MikroORM;
  outbox: OutboxRelay;
  metrics: ProcessMetrics;
}

/** config → orm (migrated) → seed → schema → server, the same for every subgraph. */
export async function startService<Loaders>(
  definition: ServiceDefinition<Loaders>,
  settings: ServiceSettings,
): Promise<RunningService> {
  const logger = settings.logger ?? createLogger(definition.name);
  definition.settings?.();
  const orm = await openServiceOrm({
    schema: definition.name,
    databaseUrl: settings.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsFolder: definition.migrationsFolder,
    logger,
  });
  const metrics = settings.metrics ?? createProcessMetrics(definition.name);
  collectDatabasePool(metrics, orm);
  const boss = await startJobQueue(settings.databaseUrl, logger);
  collectQueues(metrics, boss);
  await ensureSubscriptions(boss);
  const outbox = startOutboxRelay(orm, boss, logger, metrics);
  let workers: Workers | undefined;
  try {
    await subscribeToEvents(definition.name, boss, orm, definition.subscriptions ?? {}, logger);
    if (settings.seedDemoData) await definition.seedDemoData(orm.em.fork(), logger);
    workers = await definition.startWorkers?.({ orm, boss, logger, metrics });
    const schema = await buildFederatedSchema(definition.schema);
    const http = await startSubgraph({
      schema,
      orm,
      createLoaders: definition.createLoaders,
      name: definition.name,
      gatewaySecret: settings.gatewaySecret,
      port: settings.port,
      host: settings.host,
      logger,
      metrics,
      readiness: async () => ({ queue: await answers(() => boss.getDb().executeSql('select 1')) }),
      drainTimeoutMs: settings.drainTimeoutMs,
      shutdownDelayMs: settings.shutdownDelayMs,
    });
    logger.info({ url: `${http.url}/graphql` }, `${definition.name} subgraph ready`);
    return {
      ...http,
      orm,
      outbox,
      metrics,
      // Requests and workers drain side by side (the mail worker needs no request): readiness
      // turns 503 at once and requests in flight finish, while the workers take no new job and
      // let the one in hand finish, so a mail being sent is sent. A job still running when
      // pg-boss's grace time ends stays claimed until it expires, and is then retried by another
      // replica (send-deliveries.ts re-sends its SENDING message). The relay and the pool close
      // last, when nothing can use them any more.
      async stop() {
        await Promise.all([http.stop(), workers?.stop()]);
        await outbox.stop();
        await boss.stop({ graceful: true, timeout: 5000 });
        await orm.close();
      },
    };
  } catch (error) {
    await workers?.stop();
    await outbox.stop();
    await boss.stop({ graceful: false });
    await orm.close();
    throw error;
  }
}
