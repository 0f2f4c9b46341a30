import 'reflect-metadata';
import type { Constructor, EntitySchema } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migration, Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger.ts';

export { MikroORM };
export type ServiceOrm = MikroORM;

/**
 * A decorated entity class, or a schema made in code (the limit tables, LimitTable). MikroORM
 * types entity lists loosely too; any entity is accepted here.
 */
export type ServiceEntity = Constructor<object> | EntitySchema;

export interface ServiceOrmOptions {
  /** The service's own PostgreSQL schema: `engagement`, `surveys` or `newsletters`. */
  schema: string;
  databaseUrl: string;
  entities: ServiceEntity[];
  /** Every migration class, oldest first (`src/migrations/index.ts`). */
  migrations: Constructor<Migration>[];
  /** The folder new migrations are generated into. */
  migrationsFolder: string;
  logger: Logger;
  /** Pool size; a subgraph replica needs few connections, a test fewer. */
  poolSize?: number;
  /** Called with every SQL statement run; tests use it to prove queries are batched. */
  onQuery?: (sql: string) => void;
}

/**
 * One service, one schema: every table and the migration history live in the service's own
 * schema, so no service can read another's tables and each can later move to its own database.
 */
export function serviceOrmConfig(options: ServiceOrmOptions): Options {
  return defineConfig({
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolSize ?? 10 },
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      path: options.migrationsFolder,
      pathTs: options.migrationsFolder,
      migrationsList: options.migrations,
      snapshot: true,
      // Only `migration:create` writes the snapshot; applying migrations at start-up must not.
      snapshotOnMigrate: false,
      snapshotName: `.snapshot-${options.schema}`,
      emit: 'ts',
    },
    // Each request forks its own EntityManager; a global one in use is a bug.
    allowGlobalContext: false,
    ensureDatabase: false,
    debug: options.onQuery ? ['query'] : false,
    loggerFactory: () => ormLogger(options.logger, options.onQuery),
  });
}

/** Connects, creates the service's schema if needed, and applies pending migrations. */
export async function openServiceOrm(options: ServiceOrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(serviceOrmConfig(options));
  await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
  const applied = await orm.migrator.up();
  if (applied.length > 0) {
    options.logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
  }
  return orm;
}

function ormLogger(logger: Logger, onQuery?: (sql: string) => void) {
  const child = logger.child({ component: 'orm' });
  return {
    log: (namespace: string, message: string) => child.debug({ namespace }, message),
    error: (namespace: string, message: string) => child.error({ namespace }, message),
    warn: (namespace: string, message: string) => child.warn({ namespace }, message),
    logQuery: (context: { query?: string }) => {
      if (context.query) onQuery?.(context.query);
    },
    setDebugMode: () => {},
    isEnabled: (namespace: string) => namespace === 'query' && onQuery !== undefined,
  };
}
