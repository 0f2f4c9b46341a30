import { readFile } from 'node:fs/promises';
import { createLogger, env, loadConfig } from '@engage/shared';
import { shutdownVariables, stopOnSignals } from '@engage/shared/graphql';
import { SUPERGRAPH_FILE } from './compose/supergraph-file.ts';
import { startGateway } from './gateway.ts';
import { DEFAULT_LIMITS } from './limits/limits.ts';

const logger = createLogger('gateway');
/** A limit from the environment: a whole number from 1 to `max` (0 would refuse everything). */
const limit = (fallback: number, max: number) =>
  env.count(fallback, max).refine((value) => value > 0, 'must be at least 1');
const config = loadConfig({
  PORT: env.port(4000),
  HOST: env.host(),
  GATEWAY_JWT_SECRET: env.secret(),
  GATEWAY_SIGNING_SECRET: env.secret(),
  ENGAGEMENT_URL: env.url().optional(),
  SURVEYS_URL: env.url().optional(),
  NEWSLETTERS_URL: env.url().optional(),
  // How many reverse proxies stand in front of the gateway (README, "Security").
  TRUSTED_PROXY_HOPS: env.count(0, 10),
  // The gateway's limits (src/limits/limits.ts says why each default is what it is).
  GATEWAY_ANONYMOUS_MAX_COST: limit(DEFAULT_LIMITS.anonymousMaxCost, 1_000_000),
  GATEWAY_STAFF_MAX_COST: limit(DEFAULT_LIMITS.staffMaxCost, 1_000_000),
  GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE: limit(DEFAULT_LIMITS.anonymousRequestsPerMinute, 100_000),
  GATEWAY_STAFF_REQUESTS_PER_MINUTE: limit(DEFAULT_LIMITS.staffRequestsPerMinute, 100_000),
  GATEWAY_EXECUTION_TIMEOUT_MS: limit(DEFAULT_LIMITS.executionTimeoutMs, 120_000),
  GATEWAY_MAX_RESPONSE_BYTES: limit(DEFAULT_LIMITS.maxResponseBytes, 100_000_000),
  // Who may read /metrics: the bearer Prometheus presents (at least 32 characters). Unset,
  // only a direct caller on loopback may (shared/src/metrics/metrics-access.ts).
  METRICS_TOKEN: env.secret().optional(),
  ...shutdownVariables,
});

const gateway = await startGateway({
  supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: {
    engagement: config.ENGAGEMENT_URL,
    surveys: config.SURVEYS_URL,
    newsletters: config.NEWSLETTERS_URL,
  },
  accessSecret: config.GATEWAY_JWT_SECRET,
  signingSecret: config.GATEWAY_SIGNING_SECRET,
  trustedProxyHops: config.TRUSTED_PROXY_HOPS,
  port: config.PORT,
  host: config.HOST,
  logger,
  limits: {
    anonymousMaxCost: config.GATEWAY_ANONYMOUS_MAX_COST,
    staffMaxCost: config.GATEWAY_STAFF_MAX_COST,
    anonymousRequestsPerMinute: config.GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE,
    staffRequestsPerMinute: config.GATEWAY_STAFF_REQUESTS_PER_MINUTE,
    executionTimeoutMs: config.GATEWAY_EXECUTION_TIMEOUT_MS,
    maxResponseBytes: config.GATEWAY_MAX_RESPONSE_BYTES,
  },
  // Developers' tools read the schema; in production nobody lists it (the portal need not).
  introspection: process.env['NODE_ENV'] !== 'production',
  metricsToken: config.METRICS_TOKEN,
  drainTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  shutdownDelayMs: config.SHUTDOWN_DELAY_MS,
});

stopOnSignals(() => gateway.stop(), logger);
