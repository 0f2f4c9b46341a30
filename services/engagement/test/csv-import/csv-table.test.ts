import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_ROWS, readCsvTable } from '../../src/modules/csv-import/csv-table.ts';
import { parseLocalDate } from '../../src/modules/csv-import/local-date.ts';
import { checkRows } from '../../src/modules/csv-import/row-check.ts';

const COLUMNS = {
  date: { aliases: ['date', 'published date'], required: true },
  place: { aliases: ['place'], required: true },
  partners: { aliases: ['partners'] },
};

const refusal = (csv: string) => {
  try {
    readCsvTable(csv, COLUMNS);
  } catch (error) {
    return {
      code: (error as { extensions?: { code?: string } }).extensions?.code,
      message: (error as Error).message,
    };
  }
  throw new Error('the file was not refused');
};

describe('reading a CSV file', () => {
  it('finds columns by any of their names, whatever the case, order and spacing', () => {
    const table = readCsvTable('Place , PUBLISHED_DATE,Likes\nLibrary,2025-01-02,4\n', COLUMNS);
    expect(table.headings).toEqual({ place: 'Place', date: 'PUBLISHED_DATE' });
    expect(table.rows).toEqual([
      { row: 1, values: { place: 'Library', date: '2025-01-02' }, extraValues: 0 },
    ]);
  });

  it('keeps commas inside quoted values, drops a byte-order mark and skips blank rows', () => {
    const csv =
      '\uFEFF"date",place,partners\n\n2025-01-02,"Library, Belgrave Road","Council; ""Fire"""\n,,\n';
    const table = readCsvTable(csv, COLUMNS);
    expect(table.headings.date).toBe('date');
    expect(table.rows.map((row) => row.values)).toEqual([
      { date: '2025-01-02', place: 'Library, Belgrave Road', partners: 'Council; "Fire"' },
    ]);
  });

  it('numbers data rows from 1 after the header and flags a row with too many values', () => {
    const table = readCsvTable('date,place\n2025-01-02,Park\n2025-01-03,Park,extra\n', COLUMNS);
    const { errors } = checkRows(table, (check) =>
      check.text('place', { label: 'the place', max: 9, hint: '' }),
    );
    expect(errors).toEqual([
      {
        row: 2,
        column: null,
        message:
          'Row 2: has 1 more value than the header has columns. Put any value that contains a comma in double quotes.',
      },
    ]);
  });

  it(`refuses more than ${MAX_ROWS} rows, a file over 2 MB, and a missing column`, () => {
    const rows = (count: number) => `date,place\n${'2025-01-02,Park\n'.repeat(count)}`;
    expect(readCsvTable(rows(MAX_ROWS), COLUMNS).rows).toHaveLength(MAX_ROWS);
    expect(refusal(rows(MAX_ROWS + 1))).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'The file has 5,001 rows; the most we can import at once is 5,000. Split it into smaller files.',
    });
    expect(refusal(`date,place\n2025-01-02,"${'x'.repeat(MAX_BYTES)}"\n`).message).toMatch(
      /^The file is 2\.0 MB; the most we can import at once is 2 MB/,
    );
    expect(refusal('date,where\n2025-01-02,Park\n').message).toMatch(
      /^The file has no "place" column/,
    );
    expect(refusal('').message).toMatch(/^The file is empty/);
    expect(refusal('date,place\n2025-01-02,"Park\n').message).toMatch(/never closes it/);
  });
});

describe('checking values row by row', () => {
  const table = readCsvTable(
    'date,place\n14/03/2025,Library\n2025-3-4 18:30,Park\n31/02/2025,\n03-14-2025,Hall\n2099-01-01,Hall\n',
    COLUMNS,
  );

  it('reads UK and ISO dates, and says plainly what is wrong with the rest', () => {
    const { records, errors } = checkRows(table, (check) =>
      check.date('date', { label: 'the date', latest: '2026-01-01' }),
    );
    expect(records).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual([
      'Row 3: the date "31/02/2025" is not a real date.',
      'Row 4: the date "03-14-2025" is not a date we can read. Write it as 2026-03-14 or 14/03/2026.',
      'Row 5: the date "2099-01-01" is in the future. Record only what has happened.',
    ]);
    expect([parseLocalDate('14/03/2025'), parseLocalDate('2025-3-4 18:30')]).toEqual([
      { ok: true, date: '2025-03-14' },
      { ok: true, date: '2025-03-04' },
    ]);
  });

  it('collects every problem of a row, not just the first, and returns records only when all are good', () => {
    const { errors } = checkRows(table, (check) => ({
      date: check.date('date', { label: 'the date', latest: '2026-01-01' }),
      place: check.text('place', { label: 'the place', max: 200, hint: 'Say where.' }),
    }));
    expect(errors.filter((error) => error.row === 3).map((error) => error.column)).toEqual([
      'date',
      'place',
    ]);
    const good = readCsvTable('date,place\n14/03/2025,Library\n', COLUMNS);
    expect(
      checkRows(good, (check) => check.date('date', { label: 'the date', latest: '2026-01-01' })),
    ).toEqual({ records: ['2025-03-14'], errors: [] });
  });
});
