import { startEmbeddedPostgres, ensureDatabase, databaseUrl, createLogger, signAccessToken } from '@engage/shared';
const logger = createLogger('smoke');
const pg = await startEmbeddedPostgres({ dir: '/work/main/.data/postgres', port: 5488, logger });
await ensureDatabase(pg.serverUrl, 'neighbourhood_link');
console.log(databaseUrl(pg.serverUrl, 'neighbourhood_link'));
