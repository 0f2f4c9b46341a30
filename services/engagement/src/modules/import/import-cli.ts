import 'reflect-metadata';
import { runImportCommand } from './import-command.ts';

/**
 * `pnpm --filter @engage/engagement import:police-api <force-id> [--area-name "..."]`: a force's
 * neighbourhoods, officers, priorities and events from data.police.uk.
 */
process.exitCode = await runImportCommand(process.argv.slice(2));
