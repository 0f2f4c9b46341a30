// The portal's probes and metrics, answered by serve.js before a request reaches SvelteKit.
// Plain JavaScript like serve.js (it runs without a TypeScript loader); the metric names and
// the access rule are those of the other processes (shared/src/metrics/names.ts and
// metrics-access.ts; portal/test/serve-operations.test.ts checks the names agree).
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export const HTTP_REQUEST_DURATION = 'nl_http_request_duration_seconds';
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120];
const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const FORWARDING = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Checks METRICS_TOKEN at start-up, as the other processes' loadConfig does: set, it must be a
 * real secret; unset, /metrics answers only a direct caller on loopback (the embedded default).
 * A bearer token on the same port rather than a second port: see metrics-access.ts.
 */
export function metricsTokenFrom(env) {
  const token = env.METRICS_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < 32) {
    throw new Error(
      'Configuration problem:\n  - METRICS_TOKEN is not valid: must be at least 32 characters (try: openssl rand -hex 32)',
    );
  }
  return token;
}

function mayReadMetrics(request, token) {
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    const given = Buffer.from(request.headers.authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return (
    LOOPBACK.has(request.socket.remoteAddress ?? '') &&
    FORWARDING.every((header) => request.headers[header] === undefined)
  );
}

/**
 * Route templates from the built app's own route list (`/neighbourhoods/[slug]`), so a label
 * never holds a raw URL: a path no route matches is "unmatched", the built assets are "/_app/*".
 *
 * @param {{ id: string, pattern: RegExp }[]} routes
 * @returns {(path: string) => string}
 */
export function routeTemplates(routes) {
  return (path) => {
    if (path.startsWith('/_app/')) return '/_app/*';
    for (const route of routes) if (route.pattern.test(path)) return route.id;
    return 'unmatched';
  };
}

/**
 * Wraps SvelteKit's handler with /healthz, /readyz (and its old name /health), /metrics, the
 * request histogram and a draining flag. Ready means the gateway is ready: without it no page
 * can be rendered.
 *
 * @param {{ gatewayUrl: string, metricsToken?: string, routeOf: (path: string) => string }} options
 */
export function createOperations({ gatewayUrl, metricsToken, routeOf }) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'portal' });
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: HTTP_REQUEST_DURATION,
    help: 'HTTP requests by method, route template and status, in seconds.',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  let stopping = false;

  async function notReady() {
    if (stopping) return ['shutting down'];
    try {
      const response = await fetch(new URL('/readyz', gatewayUrl), {
        signal: AbortSignal.timeout(2000),
      });
      await response.body?.cancel();
      return response.ok ? [] : ['gateway'];
    } catch {
      return ['gateway'];
    }
  }

  function json(response, status, body) {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  }

  return {
    /** From now on /readyz answers 503 and each response closes its connection. */
    startDraining() {
      stopping = true;
    },
    /** Answers a probe or /metrics (true), or times the request and leaves it to SvelteKit. */
    async handle(request, response) {
      if (stopping) response.setHeader('connection', 'close');
      let path;
      try {
        path = new URL(request.url ?? '/', 'http://localhost').pathname;
      } catch {
        return false; // not a URL at all: SvelteKit answers it as it always has
      }
      if (path === '/healthz') {
        json(response, 200, { status: 'ok' });
        return true;
      }
      if (path === '/readyz' || path === '/health') {
        const failing = await notReady();
        if (failing.length === 0) json(response, 200, { status: 'ok' });
        else json(response, 503, { status: 'unavailable', notReady: failing });
        return true;
      }
      if (path === '/metrics') {
        if (!mayReadMetrics(request, metricsToken)) {
          json(response, 403, { error: 'Metrics need the metrics token.' });
        } else {
          response.writeHead(200, { 'content-type': registry.contentType });
          response.end(await registry.metrics());
        }
        return true;
      }
      const startedAt = performance.now();
      const route = routeOf(path);
      response.once('finish', () => {
        const method = METHODS.has(request.method) ? request.method : 'other';
        httpDuration.observe(
          { method, route, status: String(response.statusCode) },
          (performance.now() - startedAt) / 1000,
        );
      });
      return false;
    },
  };
}

/** A whole number of milliseconds from the environment, or a start-up error naming it. */
export function millisecondsFrom(env, name, fallback, max) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > max) {
    throw new Error(
      `Configuration problem:\n  - ${name} is not valid: expected a whole number of milliseconds from 0 to ${max}`,
    );
  }
  return ms;
}
