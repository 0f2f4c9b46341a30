import type { Options } from 'csv-stringify';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppress } from '@engage/shared/scoring';
import type {
  CountValue,
  ExportColumn,
  ExportDeclaration,
  ExportRow,
} from './export-declaration.ts';

/** The companion of each count column: true where the count is withheld. */
export const suppressedColumn = (name: string) => `${name}_suppressed`;

/** Every column a file has, in order: each count column followed by its `_suppressed` flag. */
export function outputColumns(declaration: ExportDeclaration): string[] {
  return declaration.columns.flatMap((column) =>
    column.kind === 'count' ? [column.name, suppressedColumn(column.name)] : [column.name],
  );
}

/**
 * A count of people as it may be published. The subgraphs decide suppression where they can
 * see the whole table (complementary suppression needs the totals beside a cell); this applies
 * the same `suppress` again to every count that leaves the gateway, so a count under the
 * threshold is never written whichever query it came from.
 */
export function publishedCount(raw: CountValue | undefined): {
  value: number | null;
  suppressed: boolean;
} {
  // Nothing counted (an engagement nobody counted) is no figure at all: empty, not withheld.
  if (raw === null || raw === undefined) return { value: null, suppressed: false };
  const count = typeof raw === 'number' ? raw : raw.suppressed ? null : raw.value;
  if (count === null) return { value: null, suppressed: true };
  const figure = suppress(count, count, DEFAULT_SUPPRESSION_THRESHOLD);
  return figure.kind === 'value'
    ? { value: figure.value, suppressed: false }
    : { value: null, suppressed: true };
}

type Cell = string | number | boolean | null;

function plainCell(column: ExportColumn, raw: unknown): Cell {
  if (raw === null || raw === undefined) return null;
  switch (column.kind) {
    case 'number':
      if (typeof raw !== 'number') throw new TypeError(`${column.name} is not a number.`);
      return raw;
    case 'boolean':
      return Boolean(raw);
    case 'datetime':
      return raw instanceof Date ? raw.toISOString() : String(raw);
    default:
      return Array.isArray(raw) ? raw.join('; ') : String(raw);
  }
}

/** A row as published: JSON's `null` for empty and for withheld counts, flags beside counts. */
export function publishedRow(declaration: ExportDeclaration, row: ExportRow): Record<string, Cell> {
  const published: Record<string, Cell> = {};
  for (const column of declaration.columns) {
    if (column.kind === 'count') {
      const { value, suppressed } = publishedCount(row[column.name] as CountValue | undefined);
      published[column.name] = value;
      published[suppressedColumn(column.name)] = suppressed;
    } else {
      published[column.name] = plainCell(column, row[column.name]);
    }
  }
  return published;
}

/**
 * How an export's CSV is written. `escape_formulas` (csv-stringify's defence against CSV
 * injection) gives a text cell starting with =, +, -, @, tab or carriage return a leading
 * apostrophe, so it opens in Excel or Power BI as text; numbers are written as numbers, so a
 * negative one is never mistaken for a formula. Empty cells are empty; booleans true/false.
 */
export function csvWriterOptions(declaration: ExportDeclaration): Options {
  return {
    columns: outputColumns(declaration),
    escape_formulas: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      number: (value) => String(value),
    },
  };
}
