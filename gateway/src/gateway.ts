import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ACTOR_HEADER, signForwardedActor, type Actor } from '@engage/shared/auth';
import {
  createErrorFormatter,
  startGraphQLHttpServer,
  type RunningHttpServer,
} from '@engage/shared/graphql';
import type { Logger } from '@engage/shared';
import { actorFromRequest } from './actor-from-request.ts';
import { exportConfidenceCsv } from './exports/confidence-export.ts';

export interface GatewayContext {
  actor: Actor;
  /** The actor signed for the subgraphs, once per request. */
  forwardedActor: string;
}

export interface GatewaySettings {
  supergraphSdl: string;
  /** Subgraph URL overrides by name; others use the URL composed into the supergraph. */
  subgraphUrls: Partial<Record<string, string>>;
  /** Verifies callers' access tokens (shared with the portal). */
  accessSecret: string;
  /** Signs the actor forwarded to subgraphs (shared with the subgraphs). */
  signingSecret: string;
  port: number;
  host?: string;
  logger: Logger;
}

/**
 * Limits for any query that reaches the gateway. Our portal's deepest query is 4 levels; 10
 * leaves room for analysts' queries while refusing the pathological ones.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 5000 },
  maxTokens: { n: 2000 },
  blockFieldSuggestion: { enabled: true },
});

export async function startGateway(settings: GatewaySettings): Promise<RunningHttpServer> {
  const { logger } = settings;
  const gateway = new ApolloGateway({
    supergraphSdl: settings.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: settings.subgraphUrls[name] ?? url,
        willSendRequest({ request, context }) {
          request.http?.headers.set(ACTOR_HEADER, context.forwardedActor);
        },
      }),
  });
  const protection = armor.protect();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...protection,
    // graphql-armor is typed against Apollo Server's CommonJS build; the plugins are the same.
    plugins: protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[],
    formatError: createErrorFormatter(logger),
  });
  // The CSV exports ask this same server's /graphql, so a token is checked exactly as for a query.
  let graphqlUrl = '';
  const http = await startGraphQLHttpServer({
    server,
    context: async (request) => {
      const actor = await actorFromRequest(request, settings.accessSecret);
      return { actor, forwardedActor: await signForwardedActor(actor, settings.signingSecret) };
    },
    health: async () => true,
    port: settings.port,
    host: settings.host,
    logger,
    routes: {
      '/exports/confidence.csv': (request, response) =>
        exportConfidenceCsv(request, response, graphqlUrl),
    },
  });
  graphqlUrl = `${http.url}/graphql`;
  logger.info({ url: graphqlUrl }, 'gateway ready');
  return http;
}
