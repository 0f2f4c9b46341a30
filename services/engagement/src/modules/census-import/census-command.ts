import { parseArgs } from 'node:util';
import {
  ConfigError,
  createLogger,
  env,
  loadConfig,
  openServiceOrm,
  type Logger,
} from '@engage/shared';
import { engagementService } from '../../service.ts';
import { CensusImportError } from './census-files.ts';
import { CENSUS_TABLE_IDS, type CensusTableId } from './census-tables.ts';
import { importCensus, summariseCensusReport, type CensusImportFiles } from './import-census.ts';

export const USAGE = [
  'Usage: pnpm --filter @engage/engagement import:census -- \\',
  '         (--lsoa-lookup lookup.csv | --centroids LSOA_PopCentroids_EW_2021.csv) \\',
  '         --table TS007A=census2021-ts007a-lsoa.csv --table TS021=census2021-ts021-lsoa.csv \\',
  '         --table TS038=census2021-ts038-lsoa.csv --table TS008=census2021-ts008-lsoa.csv \\',
  '         --table TS024=census2021-ts024-lsoa.csv --imd File_7_IoD.csv \\',
  '         [--release "Census 2021, 2 November 2022 release"] [--imd-release "…"] [--dry-run]',
].join('\n');

export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

/**
 * `import:census` without the process around it, so a test can run it: reads the arguments,
 * opens the engagement ORM (migrating first), imports, logs the summary, returns the exit code.
 */
export async function runCensusCommand(
  argv: string[],
  options: { environment?: NodeJS.ProcessEnv; logger?: Logger } = {},
): Promise<number> {
  const logger = options.logger ?? createLogger('engagement-census-import');
  const parsed = parseCensusCommand(argv);
  if (typeof parsed === 'string') {
    logger.error(`${parsed}\n${USAGE}`);
    return EXIT.usage;
  }
  let config;
  try {
    config = loadConfig({ DATABASE_URL: env.databaseUrl() }, options.environment);
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
    const report = await importCensus(orm.em.fork(), parsed.files, { dryRun: parsed.dryRun });
    for (const line of summariseCensusReport(report)) logger.info(line);
    return EXIT.done;
  } catch (error) {
    if (!(error instanceof CensusImportError)) throw error;
    logger.error(error.message);
    return EXIT.failed;
  } finally {
    await orm.close();
  }
}

/** The files and flags, or what is wrong with the arguments. */
export function parseCensusCommand(
  argv: string[],
): { files: CensusImportFiles; dryRun: boolean } | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        'lsoa-lookup': { type: 'string' },
        centroids: { type: 'string' },
        table: { type: 'string', multiple: true },
        imd: { type: 'string' },
        release: { type: 'string' },
        'imd-release': { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (Boolean(values['lsoa-lookup']) === Boolean(values.centroids)) {
    return 'Give either --lsoa-lookup or --centroids, to say which LSOAs each team covers.';
  }
  const tables: Partial<Record<CensusTableId, string>> = {};
  for (const table of values.table ?? []) {
    const [id, path] = [table.slice(0, table.indexOf('=')), table.slice(table.indexOf('=') + 1)];
    const known = CENSUS_TABLE_IDS.find((tableId) => tableId === id.toUpperCase());
    if (!table.includes('=') || !known || !path) {
      return `--table ${table}: write it as TABLE=path.csv, TABLE one of ${CENSUS_TABLE_IDS.join(', ')}.`;
    }
    if (tables[known]) return `--table ${known} is given twice.`;
    tables[known] = path;
  }
  const missing = CENSUS_TABLE_IDS.filter((id) => !tables[id]);
  if (missing.length > 0) return `Give every table: ${missing.join(', ')} missing.`;
  if (!values.imd) return 'Give --imd, the English Indices of Deprivation File 7 CSV.';
  return {
    files: {
      tables: tables as Record<CensusTableId, string>,
      imd: values.imd,
      lsoaLookup: values['lsoa-lookup'],
      centroids: values.centroids,
      release: values.release,
      imdRelease: values['imd-release'],
    },
    dryRun: values['dry-run'] ?? false,
  };
}
