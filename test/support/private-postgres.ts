import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, startEmbeddedPostgresProcess } from '@engage/shared';
import { freePort } from './stack.ts';

export interface PrivatePostgres {
  serverUrl: string;
  /** Stops the server (its data stays on disk), as a crash or an operator's restart would. */
  stop(): Promise<void>;
  /** Starts it again on the same folder and port. */
  start(): Promise<void>;
  /** Stops it for good and deletes its folder. */
  dispose(): Promise<void>;
}

/**
 * A PostgreSQL server of one test's own, in a temporary folder on a free port: the restart test
 * stops and starts it, which it must never do to the server every other test file shares.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'neighbourhood-link-postgres-'));
  // Run as root, the server runs as a `postgres` user it creates, who must reach the folder.
  await chmod(dir, 0o755);
  const port = await freePort();
  const logger = createLogger('private-postgres', 'warn');
  const launch = () => startEmbeddedPostgresProcess({ dir, port, logger });
  let running: Awaited<ReturnType<typeof launch>> | undefined = await launch();
  return {
    serverUrl: running.serverUrl,
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async start() {
      running ??= await launch();
    },
    async dispose() {
      await running?.stop();
      running = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
