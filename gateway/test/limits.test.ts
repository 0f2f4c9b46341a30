import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, PORTAL_SERVICE, type Actor } from '@engage/shared';
import {
  startFederatedGateway,
  type FederatedGateway,
  type GatewayUnderTest,
} from './support/federated-gateway.ts';

let gateway: FederatedGateway;
beforeAll(async () => {
  gateway = await startFederatedGateway();
});
afterAll(() => gateway?.stop());

const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'Daniel Novak', role: 'ANALYST' };

/** Every team's priorities with their updates: a fair analyst's question, too big for anyone. */
const EVERY_PRIORITY = `policingAreas {
  name
  neighbourhoods { name priorities { title residentsSaid updates { actionOn weDid } } }
}`;

/** The probe's shape: lists within lists, aliased ten times over, in 2 KB. */
const MULTIPLIED = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${EVERY_PRIORITY}`).join('\n')} }`;

/** The public team page's own query (`Neighbourhood`), as the portal's generated code sends it. */
async function teamPageQuery(): Promise<string> {
  const source = await readFile(
    new URL('../../portal/src/lib/graphql/graphql.ts', import.meta.url),
    'utf8',
  );
  const query = /export const NeighbourhoodDocument = new TypedDocumentString\(`([^`]+)`/.exec(
    source,
  )?.[1];
  if (!query) throw new Error('The team page no longer has its query where this test looks.');
  return query;
}

describe('what a query may cost', () => {
  it('an anonymous query that multiplies lists (areas → teams → priorities → updates, aliased ten times) is refused before it runs', async () => {
    expect(MULTIPLIED.length).toBeLessThan(2_500);
    const reply = await gateway.query(MULTIPLIED);
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(reply.errors?.[0]?.message).toMatch(/asks for too much/);
    // No data at all, not even null: the query never started.
    expect(reply).not.toHaveProperty('data');
  });

  it('an anonymous visitor still gets the public team page, from the portal’s own query', async () => {
    const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
    const reply = await gateway.query<{ neighbourhood: { name: string; priorities: unknown[] } }>(
      await teamPageQuery(),
      { variables: { slug: team.slug, language: 'EN' } },
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.neighbourhood.name).toBe(team.name);
  });

  it('a member of staff gets more room: every team’s priorities, which an anonymous caller may not ask for', async () => {
    const anonymous = await gateway.query(`{ ${EVERY_PRIORITY} }`);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');

    const staff = await gateway.query<{ policingAreas: unknown[] }>(`{ ${EVERY_PRIORITY} }`, {
      actor: analyst,
    });
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.policingAreas).toHaveLength(DEMO_FORCE.length);
  });

  it('the portal’s own service calls get the same room as staff (the public results’ one cell)', async () => {
    const portal = await gateway.query<{ policingAreas: unknown[] }>(`{ ${EVERY_PRIORITY} }`, {
      actor: PORTAL_SERVICE,
    });
    expect(portal.errors).toBeUndefined();
    expect(portal.data?.policingAreas).toHaveLength(DEMO_FORCE.length);
  });

  it('a member of staff is refused as well beyond their own limit', async () => {
    const reply = await gateway.query(MULTIPLIED, { actor: analyst });
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('how often one client may ask', () => {
  let limited: GatewayUnderTest;
  beforeAll(async () => {
    limited = await gateway.withLimits({
      anonymousRequestsPerMinute: 3,
      staffRequestsPerMinute: 6,
    });
  });
  const AREAS = '{ policingAreas { name } }';

  it('an anonymous visitor past their limit gets 429 RATE_LIMITED with Retry-After; another visitor does not', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await limited.query(AREAS, { client: 'visitor-a' })).status).toBe(200);
    }
    const refused = await limited.query(AREAS, { client: 'visitor-a' });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(retryAfter);

    expect((await limited.query(AREAS, { client: 'visitor-b' })).status).toBe(200);
  });

  it('a member of staff has a higher limit than a visitor', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await limited.query(AREAS, { actor: analyst, client: 'analyst' })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });
});

describe('a query that runs too long', () => {
  it('is abandoned with a clear error instead of an answer', async () => {
    const hasty = await gateway.withLimits({ executionTimeoutMs: 1 });
    const reply = await hasty.query(`{ ${EVERY_PRIORITY} }`, { actor: analyst });
    expect(reply.status).toBe(503);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('QUERY_TIMEOUT');
    expect(reply.errors?.[0]?.message).toMatch(/took too long/);
    expect(reply.data ?? null).toBeNull();
  });
});

describe('an answer too big to send', () => {
  it('is replaced by a clear error', async () => {
    const small = await gateway.withLimits({ maxResponseBytes: 5_000 });
    const reply = await small.query(`{ ${EVERY_PRIORITY} }`, { actor: analyst });
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('RESPONSE_TOO_LARGE');
    expect(reply.errors?.[0]?.message).toMatch(/too big/);
    expect(reply.text.length).toBeLessThan(1_000);

    const fits = await small.query<{ policingAreas: unknown[] }>('{ policingAreas { name } }');
    expect(fits.data?.policingAreas).toHaveLength(DEMO_FORCE.length);
  });
});
