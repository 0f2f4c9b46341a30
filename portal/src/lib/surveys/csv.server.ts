import { error } from '@sveltejs/kit';
import { signAccessToken, type Actor } from '@engage/shared/auth';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '$app/env/private';

/**
 * The gateway's CSV export of confidence scores (GET /exports/confidence.csv, API.md "CSV"),
 * fetched as the signed-in member of staff and streamed on as it arrives: suppressed figures are
 * already the word "suppressed" there, and text that would start a formula already has its
 * leading apostrophe (the gateway's `escape_formulas`), so the portal passes the file through
 * untouched; escaping it again here would put a second apostrophe in every such cell.
 */
export async function confidenceCsv(
  actor: Actor,
  query: string,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): Promise<Response> {
  const url = `${GATEWAY_URL.replace(/\/+$/, '')}/exports/confidence.csv?${query}`;
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      headers: {
        authorization: `Bearer ${await signAccessToken(actor, GATEWAY_JWT_SECRET)}`,
        accept: 'text/csv',
      },
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    error(503, 'UNAVAILABLE');
  }
  if (upstream.status === 401 || upstream.status === 403) error(403, 'FORBIDDEN');
  if (!upstream.ok || !upstream.body) error(upstream.status >= 500 ? 503 : 502, 'CSV_FAILED');
  return new Response(upstream.body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="confidence.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
