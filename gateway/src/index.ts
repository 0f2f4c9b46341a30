import { readFile } from 'node:fs/promises';
import { createLogger, env, loadConfig } from '@engage/shared';
import { SUPERGRAPH_FILE } from './compose/supergraph-file.ts';
import { startGateway } from './gateway.ts';

const logger = createLogger('gateway');
const config = loadConfig({
  PORT: env.port(4000),
  HOST: env.host(),
  GATEWAY_JWT_SECRET: env.secret(),
  GATEWAY_SIGNING_SECRET: env.secret(),
  ENGAGEMENT_URL: env.url().optional(),
  SURVEYS_URL: env.url().optional(),
  NEWSLETTERS_URL: env.url().optional(),
  // How many reverse proxies stand in front of the gateway (README, "Security").
  TRUSTED_PROXY_HOPS: env.count(0, 10),
});

const gateway = await startGateway({
  supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: {
    engagement: config.ENGAGEMENT_URL,
    surveys: config.SURVEYS_URL,
    newsletters: config.NEWSLETTERS_URL,
  },
  accessSecret: config.GATEWAY_JWT_SECRET,
  signingSecret: config.GATEWAY_SIGNING_SECRET,
  trustedProxyHops: config.TRUSTED_PROXY_HOPS,
  port: config.PORT,
  host: config.HOST,
  logger,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, 'stopping');
    await gateway.stop();
    process.exit(0);
  });
}
