import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '../logging/logger.ts';
import { OPEN_METRICS, type MetricsAccess } from '../metrics/metrics-access.ts';
import type { ProcessMetrics } from '../metrics/process-metrics.ts';

/** Requests larger than this are refused before parsing; a GraphQL query is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * How long a stop waits for requests in flight before cutting them off. Below the 10 s after
 * which `pnpm start` (infra/start/processes.ts) kills a process that has not exited, and well
 * within Kubernetes' default 30 s grace period.
 */
export const DEFAULT_DRAIN_TIMEOUT_MS = 8_000;

/** Each dependency the process needs to serve, by name, and whether it answers now. */
export type ReadinessChecks = () => Promise<Record<string, boolean>>;

export interface GraphQLHttpOptions<Context extends BaseContext> {
  server: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  /**
   * Answers GET /readyz (and its old name /health): what this process needs in order to serve
   * (its database, its queue, the gateway's subgraphs). A check that throws counts as not ready.
   */
  readiness: ReadinessChecks;
  port: number;
  host?: string;
  logger: Logger;
  /**
   * Extra GET endpoints by path (the gateway's exports); each writes its own response. A path
   * ending in `/*` answers every path under it that has no route of its own.
   */
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>;
  /** Served at GET /metrics, and fed with every request's duration. */
  metrics?: ProcessMetrics;
  /** Who may read /metrics (metrics-access.ts); anyone unless given. */
  metricsAccess?: MetricsAccess;
  /** Bound on waiting for requests in flight when stopping. */
  drainTimeoutMs?: number;
  /**
   * How long /readyz answers 503 while requests are still taken, before the listener closes: a
   * load balancer polling readiness stops sending new requests in that time, so none meets a
   * refused connection. 0 (the default) closes at once; a Kubernetes deployment sets a few
   * seconds (SHUTDOWN_DELAY_MS).
   */
  shutdownDelayMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  /**
   * Graceful: /readyz turns 503 at once, then (after the shutdown delay) the listener closes,
   * requests in flight finish (cut off after the drain timeout) and idle connections close.
   */
  stop(): Promise<void>;
}

/**
 * A minimal Node HTTP integration for Apollo Server (its documented `executeHTTPGraphQLRequest`
 * hook): `/graphql` for queries, `/healthz` and `/readyz` for probes, `/metrics` for Prometheus.
 * Subgraphs and the gateway share it, so all answer probes, size limits and shutdown the same way.
 */
export async function startGraphQLHttpServer<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
): Promise<RunningHttpServer> {
  const { server, logger } = options;
  await server.start();
  const state: ServerState = { stopping: false };
  const inFlight = new Set<ServerResponse>();
  const http = createServer((request, response) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    // While draining, each response ends its keep-alive connection, so clients reconnect
    // elsewhere instead of sending the next request to a process that is going away.
    if (state.stopping) response.setHeader('connection', 'close');
    const startedAt = performance.now();
    const route = routeOf(options, request);
    response.once('finish', () => {
      // A request that began before the stop kept its connection open; once answered it is
      // idle, and closing it lets the listener's close complete without waiting for the timeout.
      if (state.stopping) setImmediate(() => http.closeIdleConnections());
      options.metrics?.httpDuration.observe(
        { method: methodOf(request), route, status: String(response.statusCode) },
        (performance.now() - startedAt) / 1000,
      );
    });
    handle(options, state, route, request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed before reaching GraphQL');
      if (!response.headersSent) send(response, 500, { error: 'Internal error' });
      else response.end();
    });
  });
  // The gateway keeps its connections to subgraphs open with no idle limit of its own; with
  // Node's 5 s default, a request sent on a connection the server is just closing fails with
  // ECONNRESET (seen under load in test/e2e/faults). 75 s outlasts the quiet spells of a busy
  // stack, and a client that reads the Keep-Alive hint (the portal's fetch) closes sooner.
  http.keepAliveTimeout = 75_000;
  http.headersTimeout = 76_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  let stopped: Promise<void> | undefined;
  return {
    url,
    port,
    stop() {
      stopped ??= (async () => {
        state.stopping = true;
        logger.info({ inFlight: inFlight.size }, 'not ready: draining');
        if (options.shutdownDelayMs) await delay(options.shutdownDelayMs);
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        http.closeIdleConnections();
        const drained = await Promise.race([
          closed.then(() => true),
          delay(options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS).then(() => false),
        ]);
        if (!drained) {
          logger.warn({ inFlight: inFlight.size }, 'drain timed out: closing open requests');
          http.closeAllConnections();
          await closed;
        }
        await server.stop();
      })();
      return stopped;
    },
  };
}

interface ServerState {
  /** Set at the first moment of a stop: /readyz answers 503 from then on. */
  stopping: boolean;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
/** The method as a label: any other verb a client invents is one value, not a new series. */
const methodOf = (request: IncomingMessage) =>
  METHODS.has(request.method ?? '') ? request.method! : 'other';

const PROBES = new Set(['/healthz', '/readyz', '/health', '/metrics', '/graphql']);

/** The route template a request matched: never the raw URL, so the label values stay few. */
function routeOf<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
  request: IncomingMessage,
): string {
  let path: string;
  try {
    path = new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    // Not a URL at all (`//[`): handle() answers it; it must not throw here, outside its catch.
    return 'unmatched';
  }
  if (PROBES.has(path)) return path;
  if (options.routes?.[path]) return path;
  for (const key of Object.keys(options.routes ?? {})) {
    if (key.endsWith('/*') && path.startsWith(key.slice(0, -1))) return key;
  }
  return 'unmatched';
}

/** Runs every check; the names of those that failed or threw, none when ready. */
export async function notReady(checks: ReadinessChecks): Promise<string[]> {
  const results = await checks().catch(() => ({ checks: false }));
  return Object.entries(results)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
}

/** Wraps one check so a throw or a hang past `timeoutMs` counts as "not ready". */
export async function answers(check: () => Promise<unknown>, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      check().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function handle<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
  state: ServerState,
  route: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Alive: answers while the process runs, so a liveness probe never restarts a busy process.
  if (route === '/healthz') return send(response, 200, { status: 'ok' });
  // /health is the old name (kept for anything still probing it).
  if (route === '/readyz' || route === '/health') {
    const failing = state.stopping ? ['shutting down'] : await notReady(options.readiness);
    if (failing.length === 0) return send(response, 200, { status: 'ok' });
    return send(response, 503, { status: 'unavailable', notReady: failing });
  }
  if (route === '/metrics') {
    if (!options.metrics) return send(response, 404, { error: 'Not found.' });
    if (!(options.metricsAccess ?? OPEN_METRICS)(request)) {
      return send(response, 403, { error: 'Metrics need the metrics token.' });
    }
    const { contentType, body } = await options.metrics.scrape();
    response.writeHead(200, { 'content-type': contentType });
    response.end(body);
    return;
  }
  const extra = options.routes?.[url.pathname] ?? prefixRoute(options.routes, url.pathname);
  if (extra) {
    if (request.method !== 'GET') return send(response, 405, { error: 'Use GET.' });
    return extra(request, response);
  }
  if (url.pathname !== '/graphql') {
    send(response, 404, { error: 'Not found. GraphQL is served at /graphql.' });
    return;
  }
  const body = request.method === 'POST' ? await readJson(request) : undefined;
  if (body === TOO_LARGE) return send(response, 413, { error: 'Request body too large.' });
  if (body === MALFORMED) return send(response, 400, { error: 'Request body is not valid JSON.' });

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: () => options.context(request),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function prefixRoute<Route>(routes: Record<string, Route> | undefined, path: string) {
  for (const [key, route] of Object.entries(routes ?? {})) {
    if (key.endsWith('/*') && path.startsWith(key.slice(0, -1))) return route;
  }
  return undefined;
}

const TOO_LARGE = Symbol('too large');
const MALFORMED = Symbol('malformed');

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return MALFORMED;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
