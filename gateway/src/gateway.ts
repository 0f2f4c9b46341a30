import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ACTOR_HEADER,
  signForwardedCaller,
  type Actor,
  type Caller,
  type SubgraphName,
} from '@engage/shared/auth';
import {
  createErrorFormatter,
  startGraphQLHttpServer,
  type RunningHttpServer,
} from '@engage/shared/graphql';
import type { Logger } from '@engage/shared';
import { callerFromRequest } from './caller-from-request.ts';
import { exportConfidenceCsv } from './exports/confidence-export.ts';

export interface GatewayContext {
  actor: Actor;
  /** The opaque key of the browser or connection behind this request (see callerFromRequest). */
  client: string;
  /** The caller signed for one subgraph (its own audience), made at most once per request each. */
  forwardedFor(subgraph: SubgraphName): Promise<string>;
}

export interface GatewaySettings {
  supergraphSdl: string;
  /** Subgraph URL overrides by name; others use the URL composed into the supergraph. */
  subgraphUrls: Partial<Record<string, string>>;
  /** Verifies callers' access tokens (shared with the portal). */
  accessSecret: string;
  /** Signs the actor forwarded to subgraphs (shared with the subgraphs). */
  signingSecret: string;
  /** Proxies in front of the gateway whose X-Forwarded-For entries are believed (default 0). */
  trustedProxyHops?: number;
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
        async willSendRequest({ request, context }) {
          request.http?.headers.set(ACTOR_HEADER, await context.forwardedFor(subgraphName(name)));
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
      const caller = await callerFromRequest(request, {
        accessSecret: settings.accessSecret,
        clientSecret: settings.signingSecret,
        trustedProxyHops: settings.trustedProxyHops ?? 0,
      });
      return { ...caller, forwardedFor: forwarding(caller, settings.signingSecret) };
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

/** Signs the caller for each subgraph the plan reaches, once each per request. */
function forwarding(caller: Caller, secret: string) {
  const signed = new Map<SubgraphName, Promise<string>>();
  return (subgraph: SubgraphName) => {
    let token = signed.get(subgraph);
    if (!token) {
      token = signForwardedCaller(caller, secret, subgraph);
      signed.set(subgraph, token);
    }
    return token;
  };
}

const SUBGRAPHS = new Set<string>([
  'engagement',
  'surveys',
  'newsletters',
] satisfies SubgraphName[]);

/** The supergraph names its subgraphs; one we do not know cannot be given a token. */
function subgraphName(name: string): SubgraphName {
  if (!SUBGRAPHS.has(name)) throw new Error(`The supergraph names an unknown subgraph "${name}".`);
  return name as SubgraphName;
}
