import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, type Actor } from '@engage/shared';
import { startFederatedGateway, type FederatedGateway } from './support/federated-gateway.ts';

let gateway: FederatedGateway;
beforeAll(async () => {
  gateway = await startFederatedGateway();
});
afterAll(() => gateway?.stop());

/** pino's "warn": anything above it is an error report. */
const WARN = 40;
const stacks = (lines: FederatedGateway['logs']) =>
  lines.filter((line) => line.err?.stack || JSON.stringify(line).includes('    at '));

describe('what an error tells a caller, with introspection off', () => {
  it('a mistyped enum value in a variable names no other value of the enum', async () => {
    const reply = await gateway.query(
      'query Trend($level: AreaLevel!) { confidenceTrend(level: $level) { national } }',
      { variables: { level: 'NEIGHBOURHOD' } },
    );
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0]?.message).toContain('NEIGHBOURHOD');
    expect(reply.text).not.toMatch(/did you mean/i);
    expect(reply.text).not.toContain('"NEIGHBOURHOOD"');
  });

  it('a mistyped enum value written in the query names no other value either', async () => {
    const reply = await gateway.query('{ confidenceTrend(level: NEIGHBOURHOD) { national } }');
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.text).not.toMatch(/did you mean/i);
    expect(reply.text).not.toContain('"NEIGHBOURHOOD"');
  });

  it('the schema cannot be listed unless the gateway is told it may (outside production)', async () => {
    const reply = await gateway.query('{ __schema { types { name } } }');
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.message).toMatch(/introspection/i);
    expect(reply.text).not.toContain('PolicingArea');
  });

  it('a mistyped field suggests no field', async () => {
    const reply = await gateway.query('{ policingAreas { nam } }');
    expect(reply.status).toBe(400);
    expect(reply.text).not.toMatch(/did you mean/i);
  });
});

describe('a query longer than the gateway reads', () => {
  it('is answered 400 with a message that says what to do, and nothing is logged as a fault', async () => {
    const fields = Array.from({ length: 3000 }, () => 'name').join(' ');
    const before = gateway.logs.length;
    const reply = await gateway.query(`{ policingAreas { ${fields} } }`);
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(reply.errors?.[0]?.message).toMatch(/too long/i);
    expect(gateway.logs.slice(before).filter((line) => line.level > WARN)).toEqual([]);
  });
});

describe('an id that is not an id', () => {
  const officer: Actor = {
    kind: 'staff',
    id: 'o-1',
    name: 'PC Amira Patel',
    role: 'OFFICER',
    neighbourhoodId: DEMO_FORCE[0]!.neighbourhoods[0]!.id,
  };

  it('gets BAD_USER_INPUT saying so, and no stack trace is logged however often it comes', async () => {
    const before = { gateway: gateway.logs.length, subgraphs: gateway.subgraphLogs.length };
    for (let attempt = 0; attempt < 3; attempt++) {
      // Reaches PostgreSQL's uuid cast: the resolver looks the post up as it is given.
      const reply = await gateway.query('mutation { deleteSocialPost(id: "not-a-uuid") }', {
        actor: officer,
      });
      expect(reply.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0]?.message).toMatch(/not a valid id/i);
      expect(reply.text).not.toMatch(/invalid input syntax|uuid/i);
    }
    const logged = [
      ...gateway.logs.slice(before.gateway),
      ...gateway.subgraphLogs.slice(before.subgraphs),
    ];
    expect(stacks(logged)).toEqual([]);
    expect(logged.filter((line) => line.level > WARN)).toEqual([]);
  });
});

describe('errors from a subgraph, as the public sees them', () => {
  it('name no subgraph, URL or stack', async () => {
    const replies = [
      await gateway.query('{ me { id } newsletterReviewQueue { id } }'),
      await gateway.query('{ polls(neighbourhoodId: "not-a-team") { id } }'),
      await gateway.query('{ confidenceTrend(areaId: "x", level: NEIGHBOURHOOD) { national } }'),
    ];
    // The subgraph's own refusal comes through, not the HTTP wrapper around it.
    expect(replies[0]!.errors?.[0]).toMatchObject({
      message: 'Sign in to review newsletters.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (const reply of replies) {
      expect(reply.errors?.length).toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/serviceName|"response"|"url"|127\.0\.0\.1|http:/);
      expect(reply.text).not.toMatch(/stacktrace|\s+at /);
    }
  });
});
