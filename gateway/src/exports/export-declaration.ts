/**
 * What a flat export is (docs/exports.md): a GraphQL query the gateway runs with the caller's own
 * token, page by page, and documented columns read from each page. Declarations are data, so the
 * routes, the docs' column tables and the suppression sweep all iterate the same registry.
 */

/**
 * - `id`: an opaque identifier, for joins.
 * - `text`: words as entered (never a resident's name, email or free-text demographic).
 * - `date`: a calendar day, `YYYY-MM-DD`; `datetime`: an instant, ISO 8601 in UTC.
 * - `count`: a count of people. Goes through suppression: a count under the threshold (10), or
 *   one a subgraph withheld so that it cannot be worked out by subtraction, is never written.
 * - `number`: any other quantity (a standard's required and achieved meetings, a percentage).
 * - `boolean`: `true` or `false`.
 */
export type ColumnKind = 'id' | 'text' | 'date' | 'datetime' | 'count' | 'number' | 'boolean';

export interface ExportColumn {
  name: string;
  kind: ColumnKind;
  /** What the column means, as docs/exports.md says it. */
  description: string;
}

/**
 * A count as a subgraph answers it: a bare number (suppressed here when small), null when
 * nothing was counted, or a figure the subgraph already suppressed (`suppressed` true).
 */
export type CountValue = number | null | { value: number | null; suppressed: boolean };

/** A row as read from a page: a value per column name (missing means empty). */
export type ExportRow = Record<string, unknown>;

export interface ExportRequest {
  /** Rows created or changed at or after this instant; null for everything. */
  since: Date | null;
  /** When the export runs (for exports of periods up to now). */
  now: Date;
}

export interface ExportDeclaration {
  /** The URL name: /exports/<name>.csv and /exports/<name>.json. */
  name: string;
  /** One sentence for docs/exports.md: what a row is. */
  description: string;
  /** What `since` selects, for docs/exports.md. */
  sinceMeaning: string;
  query: string;
  columns: readonly ExportColumn[];
  /**
   * The variables of each query run, before paging: one set for most exports; one per period
   * for exports of periods, or per round and cut where one query would be too slow. May ask a
   * query of its own first (with the caller's token). Defaults to `{ since }` (ISO).
   */
  runs?: (
    request: ExportRequest,
    query: (query: string, variables?: Record<string, unknown>) => Promise<unknown>,
  ) => Record<string, unknown>[] | Promise<Record<string, unknown>[]>;
  /**
   * The rows of one answer, and the cursor of the next page (passed as `$after`), or null when
   * this run is done.
   */
  read: (
    data: unknown,
    request: ExportRequest,
    variables: Record<string, unknown>,
  ) => { rows: ExportRow[]; after: string | null };
}

/** Checks a declaration's shape once, at start-up, so a typo fails loudly rather than quietly. */
export function checkDeclaration(declaration: ExportDeclaration): ExportDeclaration {
  if (!/^[a-z][a-z0-9-]*$/.test(declaration.name)) {
    throw new Error(`Export name "${declaration.name}" must be lower-case words and hyphens.`);
  }
  const names = new Set<string>();
  for (const column of declaration.columns) {
    if (!/^[a-z][a-z0-9_]*$/.test(column.name) || column.name.endsWith('_suppressed')) {
      throw new Error(`Export ${declaration.name}: bad column name "${column.name}".`);
    }
    if (names.has(column.name)) {
      throw new Error(`Export ${declaration.name}: column "${column.name}" declared twice.`);
    }
    names.add(column.name);
  }
  return declaration;
}
