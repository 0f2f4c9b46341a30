import { CsvError, parse } from 'csv-parse/sync';
import { appError } from '@engage/shared/graphql';

/**
 * The most one import takes: a year of daily posts for a whole NPA is ~2,500 rows and well under
 * 1 MB, so these only stop a wrong file (a whole CRM export) before it costs memory or time.
 */
export const MAX_ROWS = 5_000;
export const MAX_BYTES = 2 * 1024 * 1024;

export interface ColumnSpec {
  /** The headings this column goes by, in order of preference (case, spaces and _ ignored). */
  aliases: readonly string[];
  required?: boolean;
}

export interface CsvRow<Name extends string> {
  /** 1-based, counting data rows only (the header row is not counted). */
  row: number;
  /** Trimmed values; a column that is missing or empty in this row is absent. */
  values: Partial<Record<Name, string>>;
  /** Set when the row has more values than the header has columns. */
  extraValues: number;
}

export interface CsvTable<Name extends string> {
  /** Each known column's heading as written in the file, for messages that point at it. */
  headings: Record<Name, string>;
  rows: CsvRow<Name>[];
}

/** "Published_Date " and "published date" are the same heading. */
export const normaliseHeading = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Reads a CSV file with a header row into rows of trimmed values by column name. Problems with
 * the file as a whole (too big, no header, a column missing, broken quoting) are BAD_USER_INPUT
 * errors; problems with single values are for the caller to check row by row (see RowCheck).
 */
export function readCsvTable<Name extends string>(
  csv: string,
  columns: Record<Name, ColumnSpec>,
): CsvTable<Name> {
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > MAX_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1);
    throw appError(
      'BAD_USER_INPUT',
      `The file is ${megabytes} MB; the most we can import at once is 2 MB. Split it into smaller files.`,
    );
  }
  const records = parseRecords(csv);
  const [header, ...data] = records;
  if (!header) {
    throw appError(
      'BAD_USER_INPUT',
      'The file is empty. It needs a header row, then one row per record.',
    );
  }
  if (data.length > MAX_ROWS) {
    throw appError(
      'BAD_USER_INPUT',
      `The file has ${count(data.length)} rows; the most we can import at once is ${count(MAX_ROWS)}. ` +
        'Split it into smaller files.',
    );
  }
  const positions = locateColumns(header, columns);
  return {
    headings: Object.fromEntries(
      Object.entries<number>(positions).map(([name, index]) => [name, header[index]!.trim()]),
    ) as Record<Name, string>,
    rows: data.map((record, index) => {
      const values: Partial<Record<Name, string>> = {};
      for (const [name, position] of Object.entries<number>(positions)) {
        const value = record[position]?.trim();
        if (value) values[name as Name] = value;
      }
      return { row: index + 1, values, extraValues: Math.max(0, record.length - header.length) };
    }),
  };
}

function parseRecords(csv: string): string[][] {
  try {
    return parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      // Spreadsheets save emptied rows as ",,,,"; they are not records.
      skip_records_with_empty_values: true,
      // A short or long row is reported against that row, not as a broken file.
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const where =
      'lines' in error && typeof error.lines === 'number' ? ` (line ${error.lines})` : '';
    const what =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a value opens a double quote (") and never closes it'
        : error.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a double quote (") appears in the middle of a value; write it as two ("")'
          : 'it is not laid out as comma-separated values';
    throw appError('BAD_USER_INPUT', `The file cannot be read as CSV${where}: ${what}.`);
  }
}

function locateColumns<Name extends string>(
  header: string[],
  columns: Record<Name, ColumnSpec>,
): Record<string, number> {
  const headings = header.map(normaliseHeading);
  const positions: Record<string, number> = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries<ColumnSpec>(columns)) {
    const position = spec.aliases
      .map((alias) => headings.indexOf(normaliseHeading(alias)))
      .find((index) => index >= 0);
    if (position !== undefined) positions[name] = position;
    else if (spec.required) missing.push(`"${spec.aliases[0]}"`);
  }
  if (missing.length > 0) {
    const all = Object.values<ColumnSpec>(columns).map((spec) => spec.aliases[0]);
    throw appError(
      'BAD_USER_INPUT',
      `The file has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ` +
        `The first row must name the columns, in any order: ${all.join(', ')}.`,
    );
  }
  return positions;
}
