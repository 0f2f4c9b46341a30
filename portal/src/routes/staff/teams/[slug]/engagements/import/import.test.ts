import { describe, expect, it, vi } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { data, fakeGateway } from '../../../../../../../test/fake-gateway.ts';
import { CASTLE, outcome, postEvent } from '../../../../../../../test/staff-events.ts';
import CsvImport from '#lib/components/CsvImport.svelte';
import { actions } from './+page.server.ts';

vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const gateway = fakeGateway();

type ImportEvent = Parameters<typeof actions.check>[0];
const PATH = '/staff/teams/castle/engagements/import';

const CSV = 'date,kind,place,partners\n2026-03-02,patch walk,Castle Gardens,City council\n';

function upload(text: string, name = 'engagements.csv'): FormData {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  return form;
}

/** The gateway answering the team lookup, then the import with `result`. */
function teamThenImport(result: unknown) {
  gateway.reply((call) =>
    call.query.includes('StaffTeam')
      ? data({ neighbourhood: CASTLE })
      : data({ importEngagements: result }),
  );
}

describe('importing engagements from a CSV file', () => {
  it("checks the file: sends the file's text to importEngagements as a dry run", async () => {
    teamThenImport({ imported: 1, errors: [], dryRun: true });

    const result = await actions.check(
      postEvent<ImportEvent>(PATH, { slug: 'castle' }, upload(CSV)),
    );

    expect(gateway.calls[1]?.query).toContain('importEngagements');
    expect(gateway.calls[1]?.variables).toEqual({
      neighbourhoodId: CASTLE.id,
      csv: CSV,
      dryRun: true,
    });
    expect(result).toEqual({ result: { imported: 1, errors: [], dryRun: true }, csv: CSV });
  });

  it('reports every bad row, and imports nothing', async () => {
    const errors = [
      { row: 2, column: 'date', message: 'Enter the date as YYYY-MM-DD or DD/MM/YYYY' },
      { row: 5, column: null, message: 'This row has 9 columns; the header has 4' },
    ];
    teamThenImport({ imported: 0, errors, dryRun: false });

    const result = await actions.import(
      postEvent<ImportEvent>(PATH, { slug: 'castle' }, upload(CSV)),
    );

    expect(result).toEqual({
      status: 400,
      data: { result: { imported: 0, errors, dryRun: false } },
    });
    expect(gateway.calls[1]?.variables).toMatchObject({ dryRun: false });
  });

  it('shows the returned errors as a table of row, column and message', () => {
    const errors = [{ row: 2, column: 'date', message: 'Enter the date as YYYY-MM-DD' }];
    const { body } = render(CsvImport, {
      props: {
        title: 'Import engagements',
        help: 'Help',
        outcome: { result: { imported: 0, errors, dryRun: true } },
        imported: null,
      },
    });

    expect(body).toContain('Nothing was imported. Fix the rows below and try again.');
    expect(body).toMatch(
      /<td class="table__numeric">2<\/td>\s*<td>date<\/td>\s*<td>Enter the date as YYYY-MM-DD<\/td>/,
    );
    expect(body).toContain('enctype="multipart/form-data"');
  });

  it('imports a clean file, then shows how many rows came in after a 303 (no double import on reload)', async () => {
    teamThenImport({ imported: 12, errors: [], dryRun: false });

    const thrown = await outcome(() =>
      actions.import(postEvent<ImportEvent>(PATH, { slug: 'castle' }, upload(CSV))),
    );

    expect(isRedirect(thrown) && [thrown.status, thrown.location]).toEqual([
      303,
      `${PATH}?imported=12`,
    ]);
    const { body } = render(CsvImport, {
      props: { title: 'Import', help: 'Help', outcome: null, imported: 12 },
    });
    expect(body).toContain('12 rows imported.');
  });

  it('imports the text it checked, sent back from the page, without a second upload', async () => {
    teamThenImport({ imported: 1, errors: [], dryRun: false });
    const form = new FormData();
    form.set('csv', CSV);

    await outcome(() => actions.import(postEvent<ImportEvent>(PATH, { slug: 'castle' }, form)));

    // A form field's line breaks travel as CRLF, which CSV reads the same.
    const sent = gateway.calls[1]?.variables as { csv: string; dryRun: boolean };
    expect({ ...sent, csv: sent.csv.replace(/\r\n/g, '\n') }).toMatchObject({
      csv: CSV,
      dryRun: false,
    });
  });

  it('asks for a file when none was chosen, without calling the gateway', async () => {
    const result = await actions.check(
      postEvent<ImportEvent>(PATH, { slug: 'castle' }, new FormData()),
    );

    expect(result).toEqual({ status: 400, data: { fileError: 'file_missing' } });
    expect(gateway.calls).toHaveLength(0);
  });
});
