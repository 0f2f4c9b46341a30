import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId, type Actor } from '@engage/shared';
import { startFederatedGateway, type FederatedGateway } from './support/federated-gateway.ts';

let gateway: FederatedGateway;
beforeAll(async () => {
  gateway = await startFederatedGateway();
});
afterAll(() => gateway?.stop());

const staff = (email: string, name: string, role: 'ANALYST' | 'ADMIN' | 'OFFICER'): Actor =>
  role === 'OFFICER'
    ? { kind: 'staff', id: stableId('staff', email), name, role, neighbourhoodId: 'x' }
    : { kind: 'staff', id: stableId('staff', email), name, role };
const analyst = staff('analyst@demo.police.uk', 'Daniel Novak', 'ANALYST');
const admin = staff('admin@demo.police.uk', 'Ada Min', 'ADMIN');

/** The question docs/analysts.md answers: confidence by NPA × round × age band. */
const CONFIDENCE = `query ConfidenceByAreaAndAge {
  confidenceScores(level: POLICING_AREA, groupBy: AGE_BAND) {
    round { label }
    policingAreaName
    group
    confidence { value lower upper respondents suppressed }
  }
}`;

/** Makes a token as the analyst would in the staff area (through the portal's access token). */
async function makeToken(as: Actor, name: string, client = crypto.randomUUID()) {
  const reply = await gateway.query<{ createApiToken: { secret: string; token: { id: string } } }>(
    `mutation Make($name: String!) { createApiToken(name: $name) { secret token { id } } }`,
    { actor: as, client, variables: { name } },
  );
  expect(reply.errors).toBeUndefined();
  return { secret: reply.data!.createApiToken.secret, id: reply.data!.createApiToken.token.id };
}

async function withToken<Data>(url: string, secret: string, query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Data | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, headers: response.headers, ...body };
}

interface Use {
  tokenId: string;
  operationName: string | null;
  outcome: string;
  cost: number | null;
  durationMs: number;
  staffName: string;
}

/** The audit log as the admin reads it; written after each answer, so waited for. */
async function auditOf(tokenId: string, expected: number): Promise<Use[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const reply = await gateway.query<{ apiTokenUses: { nodes: Use[] } }>(
      `query Audit($tokenId: ID) { apiTokenUses(tokenId: $tokenId) {
        nodes { tokenId operationName outcome cost durationMs staffName }
      } }`,
      { actor: admin, client: 'admin-desk', variables: { tokenId } },
    );
    expect(reply.errors).toBeUndefined();
    const nodes = reply.data!.apiTokenUses.nodes;
    if (nodes.length >= expected) return nodes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The audit log never held ${expected} requests of token ${tokenId}.`);
}

describe('an analyst’s API token at the gateway', () => {
  it('runs a confidence query by NPA, round and age band, as the analyst, with suppressed cells never shown as numbers', async () => {
    const token = await makeToken(analyst, 'Power BI');
    expect(token.secret).toMatch(/^nlk_/);
    const reply = await withToken<{
      confidenceScores: {
        policingAreaName: string;
        group: string;
        confidence: { value: number | null; respondents: number | null; suppressed: boolean };
      }[];
    }>(gateway.url, token.secret, CONFIDENCE);
    expect(reply.errors).toBeUndefined();
    const cells = reply.data!.confidenceScores;
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells.map((cell) => cell.group)).size).toBeGreaterThan(1);
    for (const cell of cells.filter((each) => each.confidence.suppressed)) {
      expect(cell.confidence).toMatchObject({ value: null, respondents: null });
    }

    const [use] = await auditOf(token.id, 1);
    expect(use).toMatchObject({
      operationName: 'ConfidenceByAreaAndAge',
      outcome: 'OK',
      staffName: 'Daniel Novak',
    });
    expect(use!.cost).toBeGreaterThan(100);
    expect(use!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses every mutation sent with a token, saying tokens are read-only, and changes nothing', async () => {
    const token = await makeToken(analyst, 'Read only');
    const reply = await withToken(
      gateway.url,
      token.secret,
      `mutation Sneaky { createApiToken(name: "made by a token") { secret } }`,
    );
    expect(reply.status).toBe(403);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(reply.errors?.[0]?.message).toMatch(/API tokens are read-only/);
    expect(reply).not.toHaveProperty('data');

    const mine = await gateway.query<{ myApiTokens: { name: string }[] }>(
      `{ myApiTokens { name } }`,
      { actor: analyst, client: 'analyst-desk' },
    );
    expect(mine.data!.myApiTokens.map((each) => each.name)).not.toContain('made by a token');
    const [use] = await auditOf(token.id, 1);
    expect(use).toMatchObject({ operationName: 'Sneaky', outcome: 'REFUSED' });
  });

  it('is refused on the very next request once revoked, and once expired', async () => {
    const token = await makeToken(analyst, 'Revoked soon');
    const first = await withToken(gateway.url, token.secret, `query Me { me { name } }`);
    expect(first.data).toEqual({ me: { name: 'Daniel Novak' } });

    const revoke = await gateway.query(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, {
      actor: analyst,
      client: 'analyst-desk',
      variables: { id: token.id },
    });
    expect(revoke.errors).toBeUndefined();
    const next = await withToken(gateway.url, token.secret, `query Me { me { name } }`);
    expect(next.status).toBe(401);
    expect(next.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(next.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('is refused for an unknown secret, and nobody may reach the gateway-only fields through it', async () => {
    const unknown = await withToken(gateway.url, `nlk_${'x'.repeat(43)}`, `{ me { name } }`);
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const token = await makeToken(admin, 'Prober');
    const probe = await gateway.query(
      `query($s: String!) { apiTokenHolder(secret: $s) { tokenId } }`,
      { actor: admin, client: 'admin-desk', variables: { s: token.secret } },
    );
    expect(probe.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts requests per token: one token at its limit leaves another of the same analyst free', async () => {
    const limited = await gateway.withLimits({ staffRequestsPerMinute: 3 });
    const busy = await makeToken(analyst, 'Busy');
    const quiet = await makeToken(analyst, 'Quiet');
    for (let request = 0; request < 3; request += 1) {
      const reply = await withToken(limited.url, busy.secret, `query Me { me { name } }`);
      expect(reply.errors).toBeUndefined();
    }
    const over = await withToken(limited.url, busy.secret, `query Me { me { name } }`);
    expect(over.status).toBe(429);
    expect(over.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(over.headers.get('retry-after')).toBeTruthy();

    const other = await withToken(limited.url, quiet.secret, `query Me { me { name } }`);
    expect(other.errors).toBeUndefined();

    const uses = await auditOf(busy.id, 4);
    expect(uses.map((use) => use.outcome)).toEqual(['REFUSED', 'OK', 'OK', 'OK']);
  });
});
