import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpJson, type OutsideLogger } from '../../src/outside/http-json.ts';

const BASE = 'https://api.example.test/v1';
const team = z.object({ id: z.string(), name: z.string() });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answer = (respond: Parameters<typeof http.get>[1]) =>
  server.use(http.get(`${BASE}/teams/NC04`, respond));

describe('calling an outside JSON API', () => {
  it('returns the checked body of a 200 answer, asking for JSON', async () => {
    let accept: string | null = null;
    answer(({ request }) => {
      accept = request.headers.get('accept');
      return HttpResponse.json({ id: 'NC04', name: 'City Centre', extra: true });
    });
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'ok', value: { id: 'NC04', name: 'City Centre' } });
    expect(accept).toBe('application/json');
  });

  it('joins a base URL given with a trailing slash without doubling it', async () => {
    answer(() => HttpResponse.json({ id: 'NC04', name: 'City Centre' }));
    const result = await new HttpJson({ baseUrl: `${BASE}/` }).get('/teams/NC04', team);
    expect(result.kind).toBe('ok');
  });

  it('calls a 404 not found', async () => {
    answer(() => HttpResponse.json({ status: 404, error: 'Not found' }, { status: 404 }));
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'not_found' });
  });

  it('calls a 500 unavailable, and logs why', async () => {
    const warnings: object[] = [];
    const logger: OutsideLogger = { warn: (detail) => warnings.push(detail) };
    answer(() => new HttpResponse('Internal Server Error', { status: 500 }));
    const result = await new HttpJson({ baseUrl: BASE, logger }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'unavailable', cause: 'status', status: 500 });
    expect(warnings).toEqual([
      expect.objectContaining({ url: `${BASE}/teams/NC04`, cause: 'status', status: 500 }),
    ]);
  });

  it('passes on how long a busy API asks us to wait', async () => {
    answer(() => new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } }));
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({
      kind: 'unavailable',
      cause: 'status',
      status: 429,
      retryAfterMs: 2000,
    });
  });

  it('calls a body of the wrong shape unavailable rather than passing it on', async () => {
    answer(() => HttpResponse.json({ id: 4, title: 'City Centre' }));
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'unavailable', cause: 'malformed' });
  });

  it('calls a body that is not JSON unavailable', async () => {
    answer(() => HttpResponse.html('<html><body>Service maintenance</body></html>'));
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'unavailable', cause: 'malformed' });
  });

  it('calls a network failure unavailable', async () => {
    answer(() => HttpResponse.error());
    const result = await new HttpJson({ baseUrl: BASE }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'unavailable', cause: 'network' });
  });

  it('gives up on a slow answer after the timeout, so a resident is not kept waiting', async () => {
    answer(async () => {
      await delay(1_000);
      return HttpResponse.json({ id: 'NC04', name: 'City Centre' });
    });
    const started = performance.now();
    const result = await new HttpJson({ baseUrl: BASE, timeoutMs: 50 }).get('/teams/NC04', team);
    expect(result).toEqual({ kind: 'unavailable', cause: 'timeout' });
    expect(performance.now() - started).toBeLessThan(900);
  });
});
