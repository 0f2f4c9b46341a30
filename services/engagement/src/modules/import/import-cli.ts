import 'reflect-metadata';
import { runImportCommand } from './import-command.ts';

/** `pnpm --filter @engage/engagement import:police-api <force-id> [--area-name "..."]` */
process.exitCode = await runImportCommand(process.argv.slice(2));
