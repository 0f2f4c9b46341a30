import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, signAccessToken, stableId, type Actor } from '@engage/shared';
import { bootStack, graphql, type TestStack } from '../support/stack.ts';

let stack: TestStack;
beforeAll(async () => {
  stack = await bootStack({ withPortal: false });
});
afterAll(() => stack?.stop());

type Areas = {
  policingAreas: {
    name: string;
    neighbourhoods: {
      name: string;
      confidence: { score: number } | null;
      latestNewsletter: { title: string } | null;
    }[];
  }[];
};

describe('one query through the gateway', () => {
  it('returns the nine areas with data from all three subgraphs', async () => {
    const { status, data, errors } = await graphql<Areas>(
      stack.urls.gateway,
      '{ policingAreas { name neighbourhoods { name confidence { score } latestNewsletter { title } } } }',
    );
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.policingAreas.map((area) => area.name).sort()).toEqual(
      DEMO_FORCE.map((area) => area.name).sort(),
    );
    const neighbourhoods = data!.policingAreas.flatMap((area) => area.neighbourhoods);
    expect(neighbourhoods).toHaveLength(54);
    for (const neighbourhood of neighbourhoods) {
      expect(neighbourhood.confidence?.score).toBeGreaterThan(0);
      expect(neighbourhood.latestNewsletter?.title).toContain(neighbourhood.name);
    }
  });

  it('knows the signed-in member of staff, carried from the portal’s token to the subgraph', async () => {
    const officer: Actor = {
      kind: 'staff',
      id: stableId('staff', 'officer@demo.police.uk'),
      name: 'PC Amira Patel',
      role: 'OFFICER',
      neighbourhoodId: DEMO_FORCE[0]!.neighbourhoods[0]!.id,
    };
    const token = await signAccessToken(officer, stack.secrets.gatewayJwtSecret);
    const { data } = await graphql<{ me: { email: string; neighbourhood: { name: string } } }>(
      stack.urls.gateway,
      '{ me { email neighbourhood { name } } }',
      { token },
    );
    expect(data?.me).toEqual({
      email: 'officer@demo.police.uk',
      neighbourhood: { name: DEMO_FORCE[0]!.neighbourhoods[0]!.name },
    });
  });

  it('refuses a token the portal did not sign', async () => {
    const forged = await signAccessToken(
      { kind: 'staff', id: 'x', name: 'x', role: 'ADMIN' },
      'f'.repeat(64),
    );
    const { status, errors } = await graphql(stack.urls.gateway, '{ me { id } }', {
      token: forged,
    });
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a subgraph called directly, around the gateway', () => {
  it.each(['engagement', 'surveys', 'newsletters'] as const)(
    '%s refuses the query',
    async (name) => {
      const { status, data, errors } = await graphql(stack.urls[name], '{ _service { sdl } }');
      expect(status).toBe(401);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
