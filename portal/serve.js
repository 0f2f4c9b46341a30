// Starts the built portal: adapter-node's request handler behind a plain Node HTTP server.
//
// adapter-node 6 (SvelteKit 3) no longer reads ORIGIN: it takes the origin from each request and
// assumes https unless a proxy header says otherwise. Served over plain http that breaks two
// things: SvelteKit's CSRF check refuses every form post, and Auth.js sets Secure cookies the
// browser never sends back. So this file says which origin the portal is served from:
//   ORIGIN=https://portal.example  the protocol and host every request is treated as having
//   PROTOCOL_HEADER / HOST_HEADER  or let a trusted proxy say (adapter-node's own variables)
//   neither set                    plain http, on whatever host was asked for (local use)
//
// It also answers /healthz, /readyz and /metrics, and drains on SIGTERM (serve-operations.js).
import { createServer } from 'node:http';
import {
  createOperations,
  metricsTokenFrom,
  millisecondsFrom,
  routeTemplates,
} from './serve-operations.js';

const PROTOCOL = 'x-engage-origin-protocol';
const HOST = 'x-engage-origin-host';

const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : undefined;
const forced = {};
if (origin) {
  forced[PROTOCOL] = origin.protocol.slice(0, -1);
  forced[HOST] = origin.host;
  process.env.PROTOCOL_HEADER = PROTOCOL;
  process.env.HOST_HEADER = HOST;
} else if (!process.env.PROTOCOL_HEADER) {
  forced[PROTOCOL] = 'http';
  process.env.PROTOCOL_HEADER = PROTOCOL;
}

// Imported only now: the handler reads the variables above when it loads, and SvelteKit checks
// the portal's own settings (src/env.ts) then, stopping with a message if one is wrong.
const { handler } = await import('./build/handler.js');
const { manifest } = await import('./build/server/manifest.js');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// As in the other processes (shared/src/graphql/shutdown.ts): readiness 503 for the delay, then
// the listener closes and requests in flight get up to the timeout to finish.
const shutdownDelayMs = millisecondsFrom(process.env, 'SHUTDOWN_DELAY_MS', 0, 60_000);
const shutdownTimeoutMs = millisecondsFrom(process.env, 'SHUTDOWN_TIMEOUT_MS', 8_000, 120_000);

let stopping = false;
const operations = createOperations({
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
  metricsToken: metricsTokenFrom(process.env),
  // SvelteKit 3's manifest lists routes at the top level (2 kept them under `_`).
  routeOf: routeTemplates(manifest.routes ?? manifest._?.routes ?? []),
});

const server = createServer((req, res) => {
  // Once draining, a connection left idle by a finished request closes, so the close completes.
  res.once('finish', () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
  operations
    .handle(req, res)
    .then((answered) => {
      if (answered) return;
      // Set here, never taken from the client.
      Object.assign(req.headers, forced);
      handler(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
    })
    .catch((error) => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});

server.listen(port, host, () => {
  process.stdout.write(`portal listening on http://${host}:${port}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    operations.startDraining();
    setTimeout(() => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        process.exit(0);
      }, shutdownTimeoutMs).unref();
    }, shutdownDelayMs);
  });
}
