import type { IncomingMessage, ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import type { ExportDeclaration, ExportRequest, ExportRow } from './export-declaration.ts';
import { csvWriterOptions, outputColumns, publishedRow } from './export-cells.ts';

/** HTTP statuses for the GraphQL error codes an export can meet; anything else is a 502. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
};

/** A run that would page for ever is a bug, not an export: stop it. */
const MAX_PAGES_PER_RUN = 10_000;

class ExportRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `since` as an instant: a day (`2026-11-01`, from midnight UTC) or a date-time with its offset
 * (`2026-11-01T09:30:00Z`, as the `x-export-as-of` header of an earlier export gives it).
 */
export function parseSince(value: string | null): Date | null {
  if (value === null) return null;
  const text = value.trim();
  const parsed = DATE.test(text)
    ? new Date(`${text}T00:00:00Z`)
    : DATE_TIME.test(text)
      ? new Date(text)
      : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new ExportRefused(
      400,
      `since must be a date (2026-11-01) or a date-time with a time zone ` +
        `(2026-11-01T09:30:00Z); "${value.slice(0, 40)}" is neither.`,
    );
  }
  return parsed;
}

/** Runs one export's query page by page with the caller's own token; yields rows per page. */
async function* exportRows(
  declaration: ExportDeclaration,
  request: ExportRequest,
  graphqlUrl: string,
  authorization: string,
): AsyncGenerator<ExportRow[]> {
  const query = async (text: string, variables: Record<string, unknown> = {}) => {
    const answer = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await answer.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const error = body.errors?.[0];
    if (error || !body.data) {
      const status = STATUS[error?.extensions?.code ?? ''];
      if (status) throw new ExportRefused(status, error!.message);
      throw new Error(`Export ${declaration.name} failed: ${error?.message ?? 'no data'}`);
    }
    return body.data;
  };
  const runs = (await declaration.runs?.(request, query)) ?? [
    { since: request.since?.toISOString() ?? null },
  ];
  for (const variables of runs) {
    let after: string | null = null;
    for (let page = 0; ; page += 1) {
      if (page === MAX_PAGES_PER_RUN) throw new Error(`Export ${declaration.name} never ended.`);
      const data = await query(
        declaration.query,
        after === null ? variables : { ...variables, after },
      );
      const read = declaration.read(data, request, variables);
      yield read.rows;
      if (read.after === null) break;
      after = read.after;
    }
  }
}

/**
 * GET /exports/<name>.csv and /exports/<name>.json[?since=…]: one declared export as a flat
 * file for Power BI or a spreadsheet. It asks this gateway's own /graphql with the caller's
 * Authorization header, so a token is checked exactly as for a query and each subgraph decides
 * what the caller may see. The first page is fetched before anything is written, so a refusal
 * is a plain 400/401/403; later pages stream, and a failure among them cuts the response off
 * (a client sees a broken transfer, never a short file that looks whole).
 */
export function exportRoute(
  registry: readonly ExportDeclaration[],
  graphqlUrl: () => string,
  log: (error: unknown, name: string) => void,
) {
  const byName = new Map(registry.map((declaration) => [declaration.name, declaration]));
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let rows: AsyncGenerator<ExportRow[]> | null = null;
    try {
      const match = /^\/exports\/([^/]+)\.(csv|json)$/.exec(url.pathname);
      const declaration = match ? byName.get(match[1]!) : undefined;
      if (!match || !declaration) {
        throw new ExportRefused(
          400,
          `There is no export at ${url.pathname.slice(0, 80)}. Exports: ` +
            `${registry.map(({ name }) => `/exports/${name}.csv or .json`).join(', ')}.`,
        );
      }
      const unknown = [...url.searchParams.keys()].filter((key) => key !== 'since');
      if (unknown.length > 0) {
        throw new ExportRefused(
          400,
          `Unknown parameter ${unknown[0]!.slice(0, 40)}: exports take only since.`,
        );
      }
      const authorization = request.headers.authorization;
      if (!authorization) {
        throw new ExportRefused(401, 'Sign in: send the same Bearer token as for /graphql.');
      }
      const format = match[2] as 'csv' | 'json';
      const exportRequest: ExportRequest = {
        since: parseSince(url.searchParams.get('since')),
        now: new Date(),
      };
      rows = exportRows(declaration, exportRequest, graphqlUrl(), authorization);
      const first = await rows.next();
      response.writeHead(200, {
        'content-type':
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${declaration.name}.${format}"`,
        // Staff figures: never kept by a shared cache.
        'cache-control': 'no-store',
        // Pass as the next `since` to get only what changed from now on (at least once).
        'x-export-as-of': exportRequest.now.toISOString(),
      });
      await writeFile(response, declaration, format, exportRequest, first, rows);
    } catch (error) {
      if (response.headersSent) {
        log(error, url.pathname);
        response.destroy();
        return;
      }
      if (error instanceof ExportRefused) {
        return sendError(response, error.status, error.message);
      }
      log(error, url.pathname);
      sendError(
        response,
        502,
        'The export failed. Try again, or ask for help if it keeps failing.',
      );
    } finally {
      await rows?.return(undefined);
    }
  };
}

async function writeFile(
  response: ServerResponse,
  declaration: ExportDeclaration,
  format: 'csv' | 'json',
  request: ExportRequest,
  first: IteratorResult<ExportRow[]>,
  rest: AsyncGenerator<ExportRow[]>,
): Promise<void> {
  const columns = outputColumns(declaration);
  let written = 0;
  const write = async (text: string) => {
    if (!response.write(text)) {
      await new Promise<void>((resolve) => response.once('drain', resolve));
    }
  };
  if (format === 'json') {
    await write(
      `{"export":${JSON.stringify(declaration.name)},"since":${JSON.stringify(
        request.since?.toISOString() ?? null,
      )},"asOf":${JSON.stringify(request.now.toISOString())},"columns":${JSON.stringify(
        columns,
      )},"rows":[`,
    );
  }
  const writeRows = async (rows: ExportRow[]) => {
    const published = rows.map((row) => publishedRow(declaration, row));
    if (format === 'csv') {
      // The header goes with the first page, even an empty one: a file with no rows still
      // names its columns, so a refresh with nothing new loads as an empty table.
      if (published.length > 0 || written === 0) {
        const header = written === 0;
        await write(stringify(published, { ...csvWriterOptions(declaration), header }));
        written += 1;
      }
      return;
    }
    for (const row of published) {
      await write(`${written > 0 ? ',' : ''}\n${JSON.stringify(row)}`);
      written += 1;
    }
  };
  await writeRows(first.done ? [] : first.value);
  for await (const rows of rest) await writeRows(rows);
  if (format === 'json') await write('\n]}\n');
  response.end();
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ error: message }));
}
