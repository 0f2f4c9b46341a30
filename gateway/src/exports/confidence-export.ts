import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONFIDENCE_EXPORT_QUERY, confidenceCsv, type ExportCell } from './confidence-csv.ts';

const LEVELS = ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD'];
const BREAKDOWNS = ['NONE', 'AGE_BAND', 'ETHNIC_GROUP', 'DISABILITY', 'GENDER', 'ANSWER_LANGUAGE'];
const SAMPLES = ['VERIFIED', 'OPEN_LINK', 'ALL'];

/** HTTP statuses for the GraphQL error codes an export can meet. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
};

/**
 * GET /exports/confidence.csv?level=…&groupBy=…&roundIds=a,b&areaIds=c&sample=…: the `confidenceScores`
 * table as CSV for Power BI. It sends the caller's own Authorization header to the gateway's own
 * /graphql, so the token is checked exactly as for any query (and the subgraph decides what the
 * caller may see); suppression comes from the subgraph and is written as "suppressed".
 */
export async function exportConfidenceCsv(
  request: IncomingMessage,
  response: ServerResponse,
  graphqlUrl: string,
): Promise<void> {
  const authorization = request.headers.authorization;
  if (!authorization) {
    return sendError(response, 401, 'Sign in: send the same Bearer token as for /graphql.');
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const level = url.searchParams.get('level') ?? '';
  const groupBy = url.searchParams.get('groupBy') ?? 'NONE';
  const sample = url.searchParams.get('sample') ?? 'VERIFIED';
  if (!LEVELS.includes(level) || !BREAKDOWNS.includes(groupBy) || !SAMPLES.includes(sample)) {
    return sendError(
      response,
      400,
      `level must be one of ${LEVELS.join(', ')}; groupBy one of ${BREAKDOWNS.join(', ')}; ` +
        `sample one of ${SAMPLES.join(', ')}.`,
    );
  }
  const list = (name: string) => {
    const value = url.searchParams.get(name);
    return value
      ? value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : null;
  };
  const result = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({
      query: CONFIDENCE_EXPORT_QUERY,
      variables: {
        level,
        groupBy,
        sample,
        roundIds: list('roundIds'),
        areaIds: list('areaIds'),
      },
    }),
  });
  const body = (await result.json()) as {
    data?: { confidenceScores: ExportCell[] } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error || !body.data) {
    const code = error?.extensions?.code ?? '';
    return sendError(response, STATUS[code] ?? 502, error?.message ?? 'The export failed.');
  }
  const filename = `confidence-${level.toLowerCase()}-${groupBy.toLowerCase()}.csv`;
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    // Scores by group are for staff: never kept by a shared cache.
    'cache-control': 'no-store',
  });
  response.end(confidenceCsv(body.data.confidenceScores));
}

function sendError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error: message }));
}
