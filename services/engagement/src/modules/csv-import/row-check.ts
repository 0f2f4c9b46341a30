import type { CsvRow, CsvTable } from './csv-table.ts';
import type { ImportRowError } from './import-result.types.ts';
import { parseLocalDate } from './local-date.ts';

interface ValueOptions {
  /** How a message names the value: "the date", "the place". */
  label: string;
}

/**
 * Checks one row's values, collecting every problem instead of stopping at the first, so a user
 * fixes a file in one pass. Each reader returns a usable value even when the value is wrong (the
 * row is dropped anyway once `ok` is false), which keeps the callers free of undefined checks.
 */
export class RowCheck<Name extends string> {
  private readonly before: number;

  constructor(
    private readonly table: CsvTable<Name>,
    private readonly csvRow: CsvRow<Name>,
    private readonly errors: ImportRowError[],
  ) {
    this.before = errors.length;
    if (csvRow.extraValues > 0) {
      this.fail(
        null,
        `has ${csvRow.extraValues} more value${csvRow.extraValues > 1 ? 's' : ''} than the header ` +
          'has columns. Put any value that contains a comma in double quotes.',
      );
    }
  }

  /** True when this row has no problems so far. */
  get ok(): boolean {
    return this.errors.length === this.before;
  }

  /** Records a problem: `message` follows "Row N: " and should say how to put it right. */
  fail(column: Name | null, message: string): void {
    this.errors.push({
      row: this.csvRow.row,
      column: column === null ? null : (this.table.headings[column] ?? column),
      message: `Row ${this.csvRow.row}: ${message}`,
    });
  }

  optionalText(column: Name, { label, max }: ValueOptions & { max: number }): string | null {
    const value = this.csvRow.values[column];
    if (value === undefined) return null;
    if (value.length > max) {
      this.fail(column, `${label} is ${value.length} characters long; keep it to ${max} or fewer.`);
    }
    return value;
  }

  text(column: Name, options: ValueOptions & { max: number; hint: string }): string {
    const value = this.optionalText(column, options);
    if (value === null) this.fail(column, `${options.label} is missing. ${options.hint}`);
    return value ?? '';
  }

  /** A required date, "YYYY-MM-DD" or "DD/MM/YYYY", no later than `latest`. */
  date(column: Name, { label, latest }: ValueOptions & { latest: string }): string {
    const value = this.csvRow.values[column];
    if (value === undefined) {
      this.fail(column, `${label} is missing. Write it as 2026-03-14 or 14/03/2026.`);
      return '';
    }
    const parsed = parseLocalDate(value);
    if (!parsed.ok) {
      this.fail(
        column,
        parsed.reason === 'not-a-date'
          ? `${label} "${value}" is not a real date.`
          : `${label} "${value}" is not a date we can read. Write it as 2026-03-14 or 14/03/2026.`,
      );
      return '';
    }
    if (parsed.date > latest) {
      this.fail(column, `${label} "${value}" is in the future. Record only what has happened.`);
    }
    return parsed.date;
  }

  /** An optional whole number of at least `min`. */
  optionalInteger(column: Name, { label, min }: ValueOptions & { min: number }): number | null {
    const value = this.csvRow.values[column];
    if (value === undefined) return null;
    if (!/^[+-]?\d+$/.test(value.replace(/,/g, ''))) {
      this.fail(
        column,
        `${label} "${value}" is not a whole number. Write a number, like 12, or leave it empty.`,
      );
      return null;
    }
    const number = Number(value.replace(/,/g, ''));
    if (number < min || !Number.isSafeInteger(number)) {
      this.fail(column, `${label} "${value}" must be ${min} or more.`);
    }
    return number;
  }

  /** A value from a fixed list, matched without regard to case, spaces, "_" or "-". */
  choice<Value>(
    column: Name,
    { label, choices, hint }: ValueOptions & { choices: ReadonlyMap<string, Value>; hint: string },
  ): Value | null {
    const value = this.csvRow.values[column];
    if (value === undefined) {
      this.fail(column, `${label} is missing. ${hint}`);
      return null;
    }
    const found = choices.get(value.toLowerCase().replace(/[\s_-]+/g, ' '));
    if (found === undefined) this.fail(column, `${label} "${value}" is not one we know. ${hint}`);
    return found ?? null;
  }

  /** A list in one cell, separated by ";" ("City Council; Fire and Rescue"). */
  list(column: Name, { label, max, maxItems }: ValueOptions & { max: number; maxItems: number }) {
    const items = (this.csvRow.values[column] ?? '')
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length > maxItems) {
      this.fail(column, `${label} lists ${items.length}; keep it to ${maxItems} or fewer.`);
    }
    const long = items.find((item) => item.length > max);
    if (long) {
      this.fail(
        column,
        `${label} "${long.slice(0, 40)}…" is too long; keep each to ${max} characters.`,
      );
    }
    return items;
  }

  /** yes/no, true/false, y/n, 1/0; empty is no. */
  yesNo(column: Name, { label }: ValueOptions): boolean {
    const value = this.csvRow.values[column];
    if (value === undefined) return false;
    const answer = YES_NO.get(value.toLowerCase());
    if (answer === undefined) this.fail(column, `${label} "${value}" should be yes or no.`);
    return answer ?? false;
  }
}

const YES_NO = new Map([
  ['yes', true],
  ['y', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['n', false],
  ['false', false],
  ['0', false],
]);

/**
 * Checks every row of a table with `read`, which returns the row's record (or null when it has
 * problems). All or nothing: the records only when every row was good, and every error.
 */
export function checkRows<Name extends string, Record_>(
  table: CsvTable<Name>,
  read: (check: RowCheck<Name>) => Record_,
): { records: Record_[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const records: Record_[] = [];
  for (const row of table.rows) {
    const check = new RowCheck(table, row, errors);
    const record = read(check);
    if (check.ok) records.push(record);
  }
  return errors.length > 0 ? { records: [], errors } : { records, errors };
}
