import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '@engage/shared';
import type { RunningHttpServer } from '@engage/shared/graphql';
import { testSecret } from '@engage/shared/testing';
import { SUPERGRAPH_FILE } from '../src/compose/supergraph-file.ts';
import { startGateway } from '../src/gateway.ts';
import { subgraphUrls } from '../src/operations/subgraph-readiness.ts';

const TOKEN = testSecret();
const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const one of running.splice(0).reverse()) await one.stop();
});

/** Stands in for a subgraph's probes: /readyz answers `status`. */
async function fakeSubgraph(status: number): Promise<string> {
  const server: Server = createServer((_request, response) => response.writeHead(status).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({ stop: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function gateway(
  urls: Record<string, string>,
  metricsToken?: string,
): Promise<RunningHttpServer> {
  const started = await startGateway({
    supergraphSdl: await readFile(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: urls,
    accessSecret: testSecret(),
    signingSecret: testSecret(),
    port: 0,
    logger: createLogger('gateway', 'silent'),
    ...(metricsToken ? { metricsToken } : {}),
  });
  running.push(started);
  return started;
}

describe("the gateway's probes and metrics", () => {
  it('knows every subgraph the supergraph names', async () => {
    const sdl = await readFile(SUPERGRAPH_FILE, 'utf8');
    expect(Object.keys(subgraphUrls(sdl, {})).sort()).toEqual([
      'engagement',
      'newsletters',
      'surveys',
    ]);
  });

  it('is ready only when every subgraph is, and names those that are not', async () => {
    const ready = await fakeSubgraph(200);
    const down = await fakeSubgraph(503);
    const all = await gateway({ engagement: ready, surveys: ready, newsletters: ready });
    expect((await fetch(`${all.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${all.url}/health`)).status).toBe(200);

    const some = await gateway({
      engagement: ready,
      surveys: down,
      newsletters: 'http://127.0.0.1:1/graphql',
    });
    const response = await fetch(`${some.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      notReady: ['subgraph newsletters', 'subgraph surveys'],
    });
    // Alive all the same: a liveness probe must not restart it for its subgraphs' sake.
    expect((await fetch(`${some.url}/healthz`)).status).toBe(200);
  });

  it('serves /metrics only with the bearer token when METRICS_TOKEN is set', async () => {
    const ready = await fakeSubgraph(200);
    const started = await gateway({ engagement: ready, surveys: ready, newsletters: ready }, TOKEN);
    expect((await fetch(`${started.url}/metrics`)).status).toBe(403);
    const wrong = await fetch(`${started.url}/metrics`, {
      headers: { authorization: `Bearer ${testSecret()}` },
    });
    expect(wrong.status).toBe(403);
    const right = await fetch(`${started.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('service="gateway"');
  });

  it('without a token, serves /metrics to a direct caller on loopback but not through a proxy', async () => {
    const ready = await fakeSubgraph(200);
    const started = await gateway({ engagement: ready, surveys: ready, newsletters: ready });
    expect((await fetch(`${started.url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${started.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.status).toBe(403);
  });
});
