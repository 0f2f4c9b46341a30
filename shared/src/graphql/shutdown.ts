import { env } from '../config/load-config.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * The shutdown settings every server process reads (subgraphs and gateway):
 * - SHUTDOWN_DELAY_MS: how long /readyz answers 503 before the listener closes, so a load
 *   balancer stops sending first (0 by default; a few seconds behind Kubernetes Services).
 * - SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish before they are cut.
 */
export const shutdownVariables = {
  SHUTDOWN_DELAY_MS: env.count(0, 60_000),
  SHUTDOWN_TIMEOUT_MS: env.count(8_000, 120_000),
};

/**
 * Stops cleanly on SIGTERM (a rolling deploy, `pnpm start` stopping) or SIGINT (Ctrl-C): the
 * stop runs once; a second signal while it drains exits at once, for an operator who will not
 * wait. A stop that fails exits with 1 so the platform sees it.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
