import type { ExecutionResult } from 'graphql';
import { ANONYMOUS, type Actor } from '../auth/actor.ts';
import { buildFederatedSchema } from '../graphql/federated-schema.ts';
import type { ServiceDefinition } from '../graphql/service.ts';
import { createSubgraphServer } from '../graphql/subgraph.ts';
import { createLogger } from '../logging/logger.ts';
import { openServiceOrm, type MikroORM } from '../orm/service-orm.ts';
import { createTestDatabase } from './test-database.ts';

/** The client every harness request comes from unless a test names another. */
export const TEST_CLIENT = 'test-client';

export interface SubgraphHarness {
  orm: MikroORM;
  /** The harness's own database, for tests that start a job queue or workers on it. */
  databaseUrl: string;
  /** Every SQL statement run since the last {@link SubgraphHarness.resetQueries}. */
  queries: string[];
  resetQueries(): void;
  execute<Data = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; actor?: Actor; client?: string },
  ): Promise<ExecutionResult<Data>>;
  close(): Promise<void>;
}

/**
 * One subgraph on a fresh, migrated database of its own, queried in-process with
 * `executeOperation` as Apollo's subgraph template does: no HTTP, no gateway.
 */
export async function startSubgraphHarness<Loaders>(
  definition: ServiceDefinition<Loaders>,
  options: { seedDemoData?: boolean } = {},
): Promise<SubgraphHarness> {
  const database = await createTestDatabase();
  const logger = createLogger(definition.name, 'warn');
  const queries: string[] = [];
  const orm = await openServiceOrm({
    schema: definition.name,
    databaseUrl: database.url,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsFolder: definition.migrationsFolder,
    logger,
    poolSize: 4,
    onQuery: (sql) => queries.push(sql),
  });
  if (options.seedDemoData ?? true) await definition.seedDemoData(orm.em.fork(), logger);
  const server = createSubgraphServer<Loaders>(
    await buildFederatedSchema(definition.schema),
    logger,
  );
  await server.start();
  queries.length = 0;
  return {
    orm,
    databaseUrl: database.url,
    queries,
    resetQueries: () => void (queries.length = 0),
    async execute<Data>(
      query: string,
      {
        variables,
        actor = ANONYMOUS,
        client = TEST_CLIENT,
      }: { variables?: Record<string, unknown>; actor?: Actor; client?: string } = {},
    ) {
      const em = orm.em.fork();
      const response = await server.executeOperation<Data>(
        { query, variables },
        { contextValue: { em, actor, client, loaders: definition.createLoaders(em) } },
      );
      if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result.');
      return response.body.singleResult as ExecutionResult<Data>;
    },
    async close() {
      await server.stop();
      await orm.close();
      await database.drop();
    },
  };
}
