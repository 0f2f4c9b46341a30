import { describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import { Neighbourhood } from '../../src/modules/geography/neighbourhood.entity.ts';
import { runImportCommand } from '../../src/modules/import/import-command.ts';
import { serverError } from '../support/police-api-import.ts';
import { useImportTestbed, withPoliceRefs } from '../support/import-helpers.ts';

const { apis, harness, em } = useImportTestbed();

/** Runs the command as `pnpm import:police-api …` would, keeping what it logged. */
async function run(argv: string[], env?: NodeJS.ProcessEnv) {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger('engagement-import', 'info', {
    write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }),
  });
  const exitCode = await runImportCommand(argv, {
    environment: env ?? { DATABASE_URL: harness().orm.config.get('clientUrl') },
    logger,
  });
  const said = (level: number) => lines.filter((l) => l.level === level).map((l) => l.msg);
  return { exitCode, info: said(30), errors: said(50) };
}

describe('the import:police-api command', () => {
  it('imports the force into the area named on the command line and prints a summary', async () => {
    const { exitCode, info, errors } = await run([
      'leicestershire',
      '--area-name',
      'Leicester City',
    ]);

    expect({ exitCode, errors }).toEqual({ exitCode: 0, errors: [] });
    expect(info).toEqual(
      expect.arrayContaining([
        'Imported Leicestershire Police (leicestershire) from data.police.uk.',
        'New teams go in the policing area "Leicester City" (leicester-city), created by this import.',
        'Neighbourhoods: 2 created, 0 updated, 0 unchanged, 0 failed.',
        'Officers: 3 created, 0 updated, 0 removed.',
        'Priorities: 3 created, 0 updated, 0 unchanged, 0 closed (no longer listed).',
        'Events: 3 created, 0 updated, 0 unchanged, 0 cancelled (no longer listed).',
      ]),
    );
    const cityCentre = await em().findOneOrFail(Neighbourhood, withPoliceRefs('NC04'), {
      populate: ['policingArea'],
    });
    expect(cityCentre.policingArea.slug).toBe('leicester-city');
  });

  it('takes the force as --force too, and exits non-zero naming the team whose events failed', async () => {
    apis.server.use(serverError('NC04', 'events'));

    const { exitCode, errors, info } = await run(['--force', 'leicestershire']);

    expect(exitCode).toBe(1);
    expect(info).toContain('Neighbourhoods: 2 created, 0 updated, 0 unchanged, 0 failed.');
    expect(info).toContain(
      'Priorities and events not imported: City Centre (NC04): the events call failed: it answered 500.',
    );
    expect(errors).toEqual(['Some neighbourhoods failed: run the import again to retry them.']);
  });

  it('exits non-zero and names the neighbourhood when one failed', async () => {
    apis.server.use(serverError('NC05', 'people'));

    const { exitCode, errors, info } = await run(['leicestershire']);

    expect(exitCode).toBe(1);
    expect(info).toContain('Failed: Westcotes (NC05): the people call failed: it answered 500.');
    expect(errors).toEqual(['Some neighbourhoods failed: run the import again to retry them.']);
  });

  it('exits non-zero with a clear message when the force is unknown', async () => {
    const { exitCode, errors } = await run(['leicester']);

    expect(exitCode).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^No force called leicester at data\.police\.uk\. Known forces include leicestershire \(Leicestershire Police\), .+\.$/,
    );
  });

  it('explains how to call it when the force id is missing, before touching the database', async () => {
    const { exitCode, errors } = await run(['--area-name', 'City'], {});

    expect(exitCode).toBe(2);
    expect(errors[0]).toMatch(
      /^Give one force id.*\nUsage: pnpm --filter @engage\/engagement import:police-api/s,
    );
  });

  it('names DATABASE_URL when it is not set', async () => {
    const { exitCode, errors } = await run(['leicestershire'], {});

    expect(exitCode).toBe(2);
    expect(errors[0]).toContain('DATABASE_URL is not set');
  });
});
