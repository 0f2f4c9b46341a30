import {
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@engage/shared';
import type { RunningHttpServer } from '@engage/shared/graphql';
import { exportConfidenceCsv } from './confidence-export.ts';

/**
 * The gateway's public port: /exports/* here, everything else passed unchanged to the GraphQL
 * server (shared/graphql's, which answers only /graphql and /health) listening on loopback
 * behind it. Why a front and not a route: the shared server has no hook for extra paths, and
 * this keeps the exports out of shared code; the cost is one loopback hop per request.
 */
export async function startExportFront(options: {
  graphql: RunningHttpServer;
  port: number;
  host?: string;
  logger: Logger;
}): Promise<RunningHttpServer> {
  const { graphql, logger } = options;
  const inner = new URL(graphql.url);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handled =
      request.method === 'GET' && path === '/exports/confidence.csv'
        ? exportConfidenceCsv(request, response, `${graphql.url}/graphql`)
        : pass(request, response, inner);
    handled.catch((error: unknown) => {
      logger.error({ err: error, path }, 'export or forwarding failed');
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'The gateway could not answer.' }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graphql.stop();
    },
  };
}

function pass(request: IncomingMessage, response: ServerResponse, inner: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const upstream = forward(
      {
        hostname: inner.hostname,
        port: inner.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on('end', resolve);
        answer.on('error', reject);
      },
    );
    upstream.on('error', reject);
    request.pipe(upstream);
  });
}
