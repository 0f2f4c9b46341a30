// A process to stop: the shared HTTP server with one slow query, stopped by SIGTERM through the
// same stopOnSignals as every service. The query waits until the test creates RELEASE_FILE, so
// the test decides when the request in flight may finish. Prints its URL as one JSON line.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer } from '@apollo/server';
import { startGraphQLHttpServer, stopOnSignals } from '../../src/graphql/index.ts';
import { createLogger } from '../../src/logging/logger.ts';

const release = process.env['RELEASE_FILE']!;
const logger = createLogger('slow-server', 'silent');
const server = new ApolloServer({
  typeDefs: 'type Query { slow: String }',
  resolvers: {
    Query: {
      slow: async () => {
        while (!existsSync(release)) await sleep(20);
        return 'finished';
      },
    },
  },
});
const http = await startGraphQLHttpServer({
  server,
  context: async () => ({}),
  readiness: async () => ({ database: true }),
  port: 0,
  logger,
  shutdownDelayMs: Number(process.env['SHUTDOWN_DELAY_MS']),
  drainTimeoutMs: 60_000,
});
stopOnSignals(() => http.stop(), logger);
process.stdout.write(`${JSON.stringify({ url: http.url })}\n`);
