import { env, loadConfig } from '../config/load-config.ts';
import { createLogger } from '../logging/logger.ts';
import { startService, type ServiceDefinition } from './service.ts';
import { shutdownVariables, stopOnSignals } from './shutdown.ts';

/**
 * The body of every subgraph's `src/index.ts`: read the environment, start, and stop cleanly on
 * SIGINT/SIGTERM so a rolling deploy or Ctrl-C never cuts a request short.
 */
export async function runServiceFromEnvironment<Loaders>(
  definition: ServiceDefinition<Loaders>,
  defaultPort: number,
): Promise<void> {
  const logger = createLogger(definition.name);
  const config = loadConfig({
    DATABASE_URL: env.databaseUrl(),
    PORT: env.port(defaultPort),
    HOST: env.host(),
    GATEWAY_SIGNING_SECRET: env.secret(),
    SEED_DEMO_DATA: env.flag(false),
    ...shutdownVariables,
  });
  const service = await startService(definition, {
    databaseUrl: config.DATABASE_URL,
    port: config.PORT,
    host: config.HOST,
    gatewaySecret: config.GATEWAY_SIGNING_SECRET,
    seedDemoData: config.SEED_DEMO_DATA,
    logger,
    drainTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    shutdownDelayMs: config.SHUTDOWN_DELAY_MS,
  });
  stopOnSignals(() => service.stop(), logger);
}
