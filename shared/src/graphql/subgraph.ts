import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import {
  ACTOR_HEADER,
  InvalidTokenError,
  verifyForwardedCaller,
  type Caller,
  type SubgraphName,
} from '../auth/tokens.ts';
import type { Actor } from '../auth/actor.ts';
import type { Logger } from '../logging/logger.ts';
import { appError, createErrorFormatter } from './errors.ts';
import type { ProcessMetrics } from '../metrics/process-metrics.ts';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics-plugin.ts';
import {
  answers,
  startGraphQLHttpServer,
  type ReadinessChecks,
  type RunningHttpServer,
} from './http-server.ts';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Loaders> {
  /** A fork per request, so requests never share an identity map. */
  em: EntityManager;
  actor: Actor;
  /**
   * The opaque key of the browser or connection behind the request, derived at the edge and
   * signed by the gateway: what rate limits count against. Never from an argument.
   */
  client: string;
  loaders: Loaders;
}

export function createSubgraphServer<Loaders>(
  schema: GraphQLSchema,
  logger: Logger,
  metrics?: ProcessMetrics,
) {
  return new ApolloServer<SubgraphContext<Loaders>>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...(metrics ? [graphqlMetricsPlugin<SubgraphContext<Loaders>>(metrics)] : []),
    ],
  });
}

export interface SubgraphOptions<Loaders> {
  schema: GraphQLSchema;
  orm: MikroORM;
  createLoaders: (em: EntityManager) => Loaders;
  /** This subgraph's name: the audience its forwarded callers must be signed for. */
  name: SubgraphName;
  /** The secret the gateway signs forwarded actors with. */
  gatewaySecret: string;
  port: number;
  host?: string;
  logger: Logger;
  metrics?: ProcessMetrics;
  /** What /readyz checks besides the database (the service adds its job queue). */
  readiness?: ReadinessChecks;
  drainTimeoutMs?: number;
  shutdownDelayMs?: number;
}

/** Builds the context for one request, refusing any request the gateway did not sign. */
export async function contextFromRequest<Loaders>(
  request: IncomingMessage,
  options: Pick<SubgraphOptions<Loaders>, 'orm' | 'createLoaders' | 'gatewaySecret' | 'name'>,
): Promise<SubgraphContext<Loaders>> {
  const header = request.headers[ACTOR_HEADER];
  if (typeof header !== 'string' || header === '') {
    throw appError(
      'UNAUTHENTICATED',
      'This service only answers requests sent through the gateway.',
    );
  }
  let caller: Caller;
  try {
    caller = await verifyForwardedCaller(header, options.gatewaySecret, options.name);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw appError('UNAUTHENTICATED', `The gateway signature was refused: ${error.message}`);
    }
    throw error;
  }
  const em = options.orm.em.fork();
  return { em, ...caller, loaders: options.createLoaders(em) };
}

export async function startSubgraph<Loaders>(
  options: SubgraphOptions<Loaders>,
): Promise<RunningHttpServer> {
  const server = createSubgraphServer<Loaders>(options.schema, options.logger, options.metrics);
  return startGraphQLHttpServer({
    server,
    context: (request) => contextFromRequest(request, options),
    readiness: async () => ({
      database: await answers(() => options.orm.em.getConnection().execute('select 1')),
      ...(await options.readiness?.()),
    }),
    port: options.port,
    host: options.host,
    logger: options.logger,
    metrics: options.metrics,
    drainTimeoutMs: options.drainTimeoutMs,
    shutdownDelayMs: options.shutdownDelayMs,
  });
}
