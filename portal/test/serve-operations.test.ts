import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_REQUEST_DURATION, METRIC_NAMES } from '@engage/shared/metrics';
import {
  createOperations,
  HTTP_REQUEST_DURATION as PORTAL_HTTP_REQUEST_DURATION,
  metricsTokenFrom,
  millisecondsFrom,
  routeTemplates,
} from '../serve-operations.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** serve.js's wiring in miniature: operations first, then "SvelteKit" (a 200 with a body). */
async function portal(options: { gatewayUrl: string; metricsToken?: string }) {
  const operations = createOperations({
    ...options,
    routeOf: routeTemplates([
      { id: '/neighbourhoods/[slug]', pattern: /^\/neighbourhoods\/([^/]+?)\/?$/ },
    ]),
  });
  const url = await listen(
    createServer((request, response) => {
      void operations.handle(request, response).then((answered) => {
        if (!answered) response.end('page');
      });
    }),
  );
  return { url, operations };
}

async function gateway(status: number): Promise<string> {
  return listen(createServer((_request, response) => response.writeHead(status).end()));
}

const TOKEN = 'a-metrics-token-of-thirty-two-characters-or-more';

describe("the portal's probes and metrics (serve.js)", () => {
  it('uses the metric name the other processes use', () => {
    expect(PORTAL_HTTP_REQUEST_DURATION).toBe(HTTP_REQUEST_DURATION);
    expect(METRIC_NAMES).toContain(PORTAL_HTTP_REQUEST_DURATION);
  });

  it('is ready when the gateway is, and not while draining', async () => {
    const { url, operations } = await portal({ gatewayUrl: await gateway(200) });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    operations.startDraining();
    const draining = await fetch(`${url}/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'unavailable', notReady: ['shutting down'] });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('names the gateway when it is not ready or not there', async () => {
    for (const gatewayUrl of [await gateway(503), 'http://127.0.0.1:1']) {
      const { url } = await portal({ gatewayUrl });
      const response = await fetch(`${url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', notReady: ['gateway'] });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    }
  });

  it('counts pages under their route template', async () => {
    const { url } = await portal({ gatewayUrl: await gateway(200) });
    expect(await (await fetch(`${url}/neighbourhoods/castle`)).text()).toBe('page');
    await fetch(`${url}/no/such/page`);
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain(
      'nl_http_request_duration_seconds_count{service="portal",method="GET",route="/neighbourhoods/[slug]",status="200"} 1',
    );
    expect(text).toContain('route="unmatched"');
    expect(text).not.toContain('castle');
  });

  it('serves /metrics without a token only to a direct caller on loopback', async () => {
    const { url } = await portal({ gatewayUrl: await gateway(200) });
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.status).toBe(403);
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const { url } = await portal({ gatewayUrl: await gateway(200), metricsToken: TOKEN });
    expect((await fetch(`${url}/metrics`)).status).toBe(403);
    const wrong = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('process_cpu_user_seconds_total');
  });

  it('checks its settings at start-up, naming the variable', () => {
    expect(metricsTokenFrom({})).toBeUndefined();
    expect(metricsTokenFrom({ METRICS_TOKEN: TOKEN })).toBe(TOKEN);
    expect(() => metricsTokenFrom({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(millisecondsFrom({}, 'SHUTDOWN_DELAY_MS', 0, 60_000)).toBe(0);
    expect(millisecondsFrom({ SHUTDOWN_DELAY_MS: '5000' }, 'SHUTDOWN_DELAY_MS', 0, 60_000)).toBe(
      5000,
    );
    expect(() =>
      millisecondsFrom({ SHUTDOWN_DELAY_MS: 'soon' }, 'SHUTDOWN_DELAY_MS', 0, 60_000),
    ).toThrow(/SHUTDOWN_DELAY_MS/);
  });
});
