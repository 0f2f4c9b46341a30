import { parseArgs } from 'node:util';
import {
  ConfigError,
  createLogger,
  env,
  loadConfig,
  openServiceOrm,
  slugify,
  type Logger,
} from '@engage/shared';
import { POLICE_API_URL, PoliceApiClient } from '../../outside/police-api.ts';
import { engagementService } from '../../service.ts';
import { ImportError } from './import-errors.ts';
import { importForce } from './import-force.ts';
import { summariseReport } from './import-report.ts';

export const USAGE =
  'Usage: pnpm --filter @engage/engagement import:police-api <force-id> [--area-name "..."]\n' +
  '   or: pnpm --filter @engage/engagement import:police-api --force <force-id> [...]\n' +
  'e.g. import:police-api leicestershire --area-name "Leicester City"';

/**
 * A county's boundaries run to thousands of points: the importer can wait far longer than a
 * resident (3 s) for one answer. Retries and the five-at-a-time limit come with the client.
 */
const IMPORT_TIMEOUT_MS = 15_000;

export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

/**
 * `import:police-api` without the process around it, so a test can run it: reads the
 * arguments and the environment, opens the engagement ORM as `startService` does (migrating
 * first), imports, logs the summary and returns the exit code.
 */
export async function runImportCommand(
  argv: string[],
  options: { environment?: NodeJS.ProcessEnv; logger?: Logger } = {},
): Promise<number> {
  const logger = options.logger ?? createLogger('engagement-import');
  const parsed = parseCommand(argv);
  if (typeof parsed === 'string') {
    logger.error(`${parsed}\n${USAGE}`);
    return EXIT.usage;
  }
  let config;
  try {
    config = loadConfig(
      { DATABASE_URL: env.databaseUrl(), POLICE_API_URL: env.url().default(POLICE_API_URL) },
      options.environment,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.error(error.message);
    return EXIT.usage;
  }

  const orm = await openServiceOrm({
    schema: engagementService.name,
    databaseUrl: config.DATABASE_URL,
    entities: engagementService.entities,
    migrations: engagementService.migrations,
    migrationsFolder: engagementService.migrationsFolder,
    logger,
  });
  try {
    const client = new PoliceApiClient({
      baseUrl: config.POLICE_API_URL,
      timeoutMs: IMPORT_TIMEOUT_MS,
      logger: logger.child({ component: 'outside' }),
    });
    const report = await importForce(orm.em.fork(), client, { ...parsed, logger });
    const failed = report.neighbourhoods.failed.length + report.activity.failed.length > 0;
    for (const line of summariseReport(report)) logger.info(line);
    if (failed) logger.error('Some neighbourhoods failed: run the import again to retry them.');
    return failed ? EXIT.failed : EXIT.done;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    logger.error(error.message);
    return EXIT.failed;
  } finally {
    await orm.close();
  }
}

type Command = { force: string; policingArea?: { slug: string; name: string } };

/** The command, or what is wrong with the arguments. */
function parseCommand(argv: string[]): Command | string {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { 'area-name': { type: 'string' }, force: { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const forces = [...positionals, ...(values.force === undefined ? [] : [values.force])];
  if (forces.length !== 1 || !forces[0]!.trim()) {
    return 'Give one force id, such as "leicestershire".';
  }
  const force = forces[0]!.trim();
  const areaName = values['area-name']?.trim();
  if (areaName === undefined) return { force };
  if (!slugify(areaName)) return 'The --area-name needs some letters or digits in it.';
  return { force, policingArea: { slug: slugify(areaName), name: areaName } };
}
