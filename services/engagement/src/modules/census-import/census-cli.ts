import 'reflect-metadata';
import { runCensusCommand } from './census-command.ts';

/** `pnpm --filter @engage/engagement import:census -- …`: see USAGE in census-command.ts. */
process.exitCode = await runCensusCommand(process.argv.slice(2));
