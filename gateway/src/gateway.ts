import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ACTOR_HEADER,
  signForwardedCaller,
  type Actor,
  type Caller,
  type SubgraphName,
} from '@engage/shared/auth';
import { startGraphQLHttpServer, type RunningHttpServer } from '@engage/shared/graphql';
import type { Logger } from '@engage/shared';
import {
  createProcessMetrics,
  graphqlMetricsPlugin,
  metricsAccess,
  type ProcessMetrics,
} from '@engage/shared/metrics';
import { apiTokenPlugin, recordEarlyRefusal, type TokenRequest } from './api-tokens/token-audit.ts';
import { engagementUrlIn, tokenDirectory } from './api-tokens/token-directory.ts';
import { callerFromRequest } from './caller-from-request.ts';
import { exportConfidenceCsv } from './exports/confidence-export.ts';
import { EXPORTS } from './exports/export-registry.ts';
import { exportRoute } from './exports/export-route.ts';
import { clientRateLimit } from './limits/client-rate-limit.ts';
import { LimitedGateway, subgraphFetch } from './limits/execution-limits.ts';
import { DEFAULT_LIMITS, type GatewayLimits } from './limits/limits.ts';
import { queryCostLimit } from './limits/query-cost.ts';
import { subgraphReadiness, subgraphUrls } from './operations/subgraph-readiness.ts';
import { createPublicErrorFormatter } from './public-errors.ts';

export interface GatewayContext extends TokenRequest {
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
  /** Overrides of DEFAULT_LIMITS (src/limits/limits.ts). */
  limits?: Partial<GatewayLimits>;
  /**
   * Whether anyone may ask the schema about itself. Off unless turned on: src/index.ts turns it
   * on outside production (NODE_ENV), for developers' tools; in production nobody, staff
   * included, can list the schema (the portal does not need to).
   */
  introspection?: boolean;
  /** The gateway's metrics; a registry of its own unless given. */
  metrics?: ProcessMetrics;
  /**
   * The bearer token /metrics asks for (METRICS_TOKEN); unset, only a direct caller on loopback
   * may read them (shared/src/metrics/metrics-access.ts says why).
   */
  metricsToken?: string;
  /** See GraphQLHttpOptions (shared/src/graphql/http-server.ts). */
  drainTimeoutMs?: number;
  shutdownDelayMs?: number;
}

/**
 * Limits on a query's shape, checked before anything runs. Our portal's deepest query is 4
 * levels; 10 leaves room for analysts' queries while refusing the pathological ones. Cost is
 * ours (limits/query-cost.ts): graphql-armor's ignores list sizes.
 */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  costLimit: { enabled: false },
  // Counted by graphql-js's own parser instead (MAX_TOKENS): armor's plugin answers 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

/** The portal's longest queries are a few hundred tokens; 2,000 leaves room for staff tools. */
const MAX_TOKENS = 2_000;

export async function startGateway(settings: GatewaySettings): Promise<RunningHttpServer> {
  const { logger } = settings;
  const metrics = settings.metrics ?? createProcessMetrics('gateway');
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...settings.limits };
  const gateway = new LimitedGateway(
    {
      supergraphSdl: settings.supergraphSdl,
      buildService: ({ name, url }) =>
        new RemoteGraphQLDataSource<GatewayContext>({
          url: settings.subgraphUrls[name] ?? url,
          fetcher: subgraphFetch,
          async willSendRequest({ request, context }) {
            request.http?.headers.set(ACTOR_HEADER, await context.forwardedFor(subgraphName(name)));
          },
        }),
    },
    limits,
  );
  const protection = armor.protect();
  const rateLimit = clientRateLimit(limits);
  const apiTokens = tokenDirectory({
    engagementUrl: settings.subgraphUrls['engagement'] ?? engagementUrlIn(settings.supergraphSdl),
    signingSecret: settings.signingSecret,
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...protection,
    introspection: settings.introspection ?? false,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // graphql-armor is typed against Apollo Server's CommonJS build; the plugins are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      apiTokenPlugin(apiTokens, logger),
      queryCostLimit(limits),
      graphqlMetricsPlugin<GatewayContext>(metrics),
    ],
    formatError: createPublicErrorFormatter(logger),
  });
  // The CSV exports ask this same server's /graphql, so a token is checked exactly as for a query.
  let graphqlUrl = '';
  const http = await startGraphQLHttpServer({
    server,
    context: async (request) => {
      const receivedAt = performance.now();
      const caller = await callerFromRequest(request, {
        accessSecret: settings.accessSecret,
        clientSecret: settings.signingSecret,
        trustedProxyHops: settings.trustedProxyHops ?? 0,
        apiTokens,
      });
      // Before anything is parsed, so a refused request costs next to nothing.
      await rateLimit(caller).catch((refusal: unknown) => {
        recordEarlyRefusal(apiTokens, logger, { ...caller, receivedAt });
        throw refusal;
      });
      return { ...caller, receivedAt, forwardedFor: forwarding(caller, settings.signingSecret) };
    },
    // Contract (issue 15): ready only when every subgraph answers, so a gateway started before
    // its subgraphs takes no traffic until they do.
    readiness: subgraphReadiness(subgraphUrls(settings.supergraphSdl, settings.subgraphUrls)),
    port: settings.port,
    host: settings.host,
    logger,
    metrics,
    metricsAccess: metricsAccess(settings.metricsToken),
    drainTimeoutMs: settings.drainTimeoutMs,
    shutdownDelayMs: settings.shutdownDelayMs,
    routes: {
      '/exports/confidence.csv': (request, response) =>
        exportConfidenceCsv(request, response, graphqlUrl),
      // Every other /exports/<name>.csv|json (docs/exports.md).
      '/exports/*': exportRoute(
        EXPORTS,
        () => graphqlUrl,
        (error, path) => logger.error({ err: error, path }, 'export failed'),
      ),
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
