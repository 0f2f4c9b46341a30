import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from '../logging/logger.ts';

/** Requests larger than this are refused before parsing; a GraphQL query is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

export interface GraphQLHttpOptions<Context extends BaseContext> {
  server: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  /** Answers GET /health: true when the process can serve (its database answers). */
  health: () => Promise<boolean>;
  port: number;
  host?: string;
  logger: Logger;
  /**
   * Extra GET endpoints by path (the gateway's exports); each writes its own response. A path
   * ending in `/*` answers every path under it that has no route of its own.
   */
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A minimal Node HTTP integration for Apollo Server (its documented `executeHTTPGraphQLRequest`
 * hook): `/graphql` for queries, `/health` for probes. Subgraphs and the gateway share it, so
 * both answer health checks and size limits the same way.
 */
export async function startGraphQLHttpServer<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
): Promise<RunningHttpServer> {
  const { server, logger } = options;
  await server.start();
  const http = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
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
  return {
    url,
    port,
    async stop() {
      await server.stop();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

async function handle<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    const healthy = await options.health().catch(() => false);
    send(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable' });
    return;
  }
  const route = options.routes?.[url.pathname] ?? prefixRoute(options.routes, url.pathname);
  if (route) {
    if (request.method !== 'GET') return send(response, 405, { error: 'Use GET.' });
    return route(request, response);
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
