import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_HEADER, ANONYMOUS, signAccessToken, signForwardedCaller } from '@engage/shared/auth';
import { startService, type RunningService } from '@engage/shared/graphql';
import { createLogger } from '@engage/shared';
import { createTestDatabase, testSecret, type TestDatabase } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';

const secret = testSecret();
const anonymous = { actor: ANONYMOUS, client: 'test-client' };
let database: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  database = await createTestDatabase();
  service = await startService(engagementService, {
    databaseUrl: database.url,
    port: 0,
    gatewaySecret: secret,
    seedDemoData: true,
    logger: createLogger('engagement', 'silent'),
  });
});
afterAll(async () => {
  await service?.stop();
  await database?.drop();
});

async function ask(headers: Record<string, string>) {
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ policingAreas { name } }' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a subgraph reached directly', () => {
  it('refuses a query that carries no gateway signature', async () => {
    const { status, body } = await ask({});
    expect(status).toBe(401);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringContaining('only answers requests sent through the gateway'),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('refuses a signature made with another secret', async () => {
    const { status, body } = await ask({
      [ACTOR_HEADER]: await signForwardedCaller(anonymous, testSecret(), 'engagement'),
    });
    expect(status).toBe(401);
    expect(JSON.stringify(body)).not.toContain('policingAreas');
  });

  it('refuses a portal access token presented as a gateway signature', async () => {
    const { status } = await ask({ [ACTOR_HEADER]: await signAccessToken(ANONYMOUS, secret) });
    expect(status).toBe(401);
  });

  it('refuses a signature the gateway made for another subgraph', async () => {
    const { status } = await ask({
      [ACTOR_HEADER]: await signForwardedCaller(anonymous, secret, 'surveys'),
    });
    expect(status).toBe(401);
  });

  it('answers a query the gateway signed', async () => {
    const { status, body } = await ask({
      [ACTOR_HEADER]: await signForwardedCaller(anonymous, secret, 'engagement'),
    });
    expect(status).toBe(200);
    expect((body['data'] as { policingAreas: unknown[] }).policingAreas).toHaveLength(9);
  });

  it('reports healthy on /health without a signature, for load balancers', async () => {
    const response = await fetch(`${service.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
