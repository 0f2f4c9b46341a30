import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_FORCE,
  DEMO_STAFF_PASSWORD,
  PORTAL_SERVICE,
  stableId,
  type Actor,
} from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const AUTHENTICATE = `mutation($email: String!, $password: String!) {
  authenticateStaff(email: $email, password: $password) {
    token
    staff { id name role neighbourhoodId policingAreaId }
  }
}`;

describe('checking a staff sign-in', () => {
  it('returns the officer, with their team, and a new session for the right email and password', async () => {
    const { data, errors } = await engagement.execute(AUTHENTICATE, {
      variables: { email: 'Officer@Demo.Police.uk', password: DEMO_STAFF_PASSWORD },
      actor: PORTAL_SERVICE,
    });
    expect(errors).toBeUndefined();
    expect(data?.['authenticateStaff']).toEqual({
      token: expect.stringMatching(/^[\w-]{43}$/),
      staff: {
        id: stableId('staff', 'officer@demo.police.uk'),
        name: 'PC Amira Patel',
        role: 'OFFICER',
        neighbourhoodId: DEMO_FORCE[0]!.neighbourhoods[0]!.id,
        policingAreaId: null,
      },
    });
  });

  it('returns null for a wrong password and for an unknown address alike', async () => {
    for (const email of ['officer@demo.police.uk', 'nobody@demo.police.uk']) {
      const { data, errors } = await engagement.execute(AUTHENTICATE, {
        variables: { email, password: 'not the password' },
        actor: PORTAL_SERVICE,
      });
      expect(errors).toBeUndefined();
      expect(data?.['authenticateStaff']).toBeNull();
    }
  });

  it('refuses a caller that is not the portal', async () => {
    const officer: Actor = { kind: 'staff', id: 'x', name: 'x', role: 'ADMIN' };
    for (const actor of [undefined, officer]) {
      const { errors } = await engagement.execute(AUTHENTICATE, {
        variables: { email: 'admin@demo.police.uk', password: DEMO_STAFF_PASSWORD },
        actor,
      });
      expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('rejects an email address that is not one, with a message for the user', async () => {
    const { errors } = await engagement.execute(AUTHENTICATE, {
      variables: { email: 'not-an-email', password: 'x' },
      actor: PORTAL_SERVICE,
    });
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('who am I', () => {
  it('tells a signed-in commander who they are and which NPA they lead', async () => {
    const actor: Actor = {
      kind: 'staff',
      id: stableId('staff', 'commander@demo.police.uk'),
      name: 'Inspector Tom Walsh',
      role: 'COMMANDER',
      policingAreaId: DEMO_FORCE[0]!.id,
    };
    const { data } = await engagement.execute(
      '{ me { name email role policingArea { name } neighbourhood { name } } }',
      {
        actor,
      },
    );
    expect(data?.['me']).toEqual({
      name: 'Inspector Tom Walsh',
      email: 'commander@demo.police.uk',
      role: 'COMMANDER',
      policingArea: { name: DEMO_FORCE[0]!.name },
      neighbourhood: null,
    });
  });

  it('is nobody for an anonymous visitor', async () => {
    const { data } = await engagement.execute('{ me { id } }');
    expect(data).toEqual({ me: null });
  });
});
