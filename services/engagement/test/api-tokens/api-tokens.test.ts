import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_SERVICE, PORTAL_SERVICE, type Actor } from '@engage/shared';
import { errorCodeOf, startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { StaffAccount } from '../../src/modules/staff/staff-account.entity.ts';
import {
  admin,
  analyst,
  castleOfficer,
  cityCentreCommander,
  reviewer,
} from '../support/demo-staff-actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const CREATE = `mutation($name: String!, $days: Int) {
  createApiToken(name: $name, expiresInDays: $days) {
    secret
    token { id name createdAt expiresAt revokedAt lastUsedAt active }
  }
}`;
const MINE = `{ myApiTokens { id name revokedAt lastUsedAt active } }`;
const ALL = `{ apiTokens { id name owner { email } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt active } }`;
const HOLDER = `query($secret: String!) { apiTokenHolder(secret: $secret) { tokenId staffId name role } }`;
const RECORD = `mutation($use: ApiTokenUseInput!) { recordApiTokenUse(use: $use) }`;
const USES = `query($tokenId: ID, $first: Int, $after: String) {
  apiTokenUses(tokenId: $tokenId, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    nodes { tokenId tokenName staffId staffName operationName cost durationMs at outcome }
  }
}`;

interface Made {
  secret: string;
  token: { id: string; name: string; createdAt: string; expiresAt: string; active: boolean };
}

async function createToken(actor: Actor, name = 'Power BI', days?: number): Promise<Made> {
  const result = await engagement.execute<{ createApiToken: Made }>(CREATE, {
    variables: days === undefined ? { name } : { name, days },
    actor,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createApiToken;
}

async function holderOf(secret: string) {
  const { data, errors } = await engagement.execute<{ apiTokenHolder: unknown }>(HOLDER, {
    variables: { secret },
    actor: GATEWAY_SERVICE,
  });
  expect(errors).toBeUndefined();
  return data!.apiTokenHolder;
}

const DAY = 24 * 60 * 60 * 1000;

describe('an analyst making a personal API token', () => {
  it('gets a recognisable secret once, working for 30 days unless they say otherwise', async () => {
    const made = await createToken(analyst, '  Power BI  ');
    expect(made.secret).toMatch(/^nlk_[\w-]{43}$/);
    expect(made.token).toMatchObject({ name: 'Power BI', active: true });
    const lasts = Date.parse(made.token.expiresAt) - Date.parse(made.token.createdAt);
    expect(lasts).toBe(30 * DAY);

    const { data } = await engagement.execute<{ myApiTokens: { id: string }[] }>(MINE, {
      actor: analyst,
    });
    expect(data!.myApiTokens.map((token) => token.id)).toContain(made.token.id);
    expect(JSON.stringify(data)).not.toContain(made.secret);
  });

  it('is stored only as a hash: the table holds no copy of the secret', async () => {
    const made = await createToken(analyst, 'Python notebook', 7);
    const rows = await engagement.orm.em
      .fork()
      .getConnection()
      .execute<Record<string, unknown>[]>(`select * from engagement.api_token where id = ?`, [
        made.token.id,
      ]);
    const stored = JSON.stringify(rows);
    expect(rows).toHaveLength(1);
    expect(stored).not.toContain(made.secret);
    expect(stored).not.toContain(made.secret.slice(4));
    expect(rows[0]!['secret_hash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('may last up to 90 days, and is refused beside the field for longer, zero or the past', async () => {
    const longest = await createToken(analyst, 'Quarterly report', 90);
    expect(Date.parse(longest.token.expiresAt) - Date.parse(longest.token.createdAt)).toBe(
      90 * DAY,
    );
    for (const days of [91, 365, 0, -1]) {
      const result = await engagement.execute(CREATE, {
        variables: { name: 'Too long', days },
        actor: analyst,
      });
      expect(errorCodeOf(result), `${days} days`).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!['field']).toBe('expiresInDays');
      expect(result.errors![0]!.message).toBe(
        'A token must expire between 1 and 90 days from now.',
      );
    }
  });

  it('needs a name, refused beside the field', async () => {
    const result = await engagement.execute(CREATE, { variables: { name: '   ' }, actor: admin });
    expect(errorCodeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!['field']).toBe('name');
  });
});

describe('who may have API tokens', () => {
  it('refuses officers, commanders and reviewers with words they can act on, and the public', async () => {
    for (const actor of [castleOfficer, cityCentreCommander, reviewer]) {
      for (const query of [CREATE, MINE]) {
        const result = await engagement.execute(query, { variables: { name: 'Mine' }, actor });
        expect(errorCodeOf(result), `${actor.kind === 'staff' && actor.role}`).toBe('FORBIDDEN');
        expect(result.errors![0]!.message).toMatch(/analysts and admins.*ask an admin/i);
      }
    }
    for (const query of [CREATE, MINE, ALL, USES]) {
      const result = await engagement.execute(query, { variables: { name: 'Mine' } });
      expect(errorCodeOf(result)).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
  });

  it('shows each analyst only their own tokens; an admin sees everyone’s', async () => {
    const analystsToken = await createToken(analyst, 'Analyst only');
    const adminsToken = await createToken(admin, 'Admin only');

    const mine = await engagement.execute<{ myApiTokens: { id: string }[] }>(MINE, {
      actor: analyst,
    });
    const ids = mine.data!.myApiTokens.map((token) => token.id);
    expect(ids).toContain(analystsToken.token.id);
    expect(ids).not.toContain(adminsToken.token.id);

    expect(errorCodeOf(await engagement.execute(ALL, { actor: analyst }))).toBe('FORBIDDEN');
    const all = await engagement.execute<{ apiTokens: { id: string; owner: { email: string } }[] }>(
      ALL,
      { actor: admin },
    );
    expect(all.data!.apiTokens).toEqual(
      expect.arrayContaining([
        {
          id: analystsToken.token.id,
          name: 'Analyst only',
          owner: { email: 'analyst@demo.police.uk' },
        },
        { id: adminsToken.token.id, name: 'Admin only', owner: { email: 'admin@demo.police.uk' } },
      ]),
    );
  });
});

describe('using and revoking a token', () => {
  it('acts for its owner until revoked; then at once for nobody, and is marked last used', async () => {
    const made = await createToken(analyst, 'Revoke me');
    await expect(holderOf(made.secret)).resolves.toEqual({
      tokenId: made.token.id,
      staffId: analyst.kind === 'staff' ? analyst.id : '',
      name: 'Daniel Novak',
      role: 'ANALYST',
    });
    const before = await engagement.execute<{ myApiTokens: { id: string; lastUsedAt: string }[] }>(
      MINE,
      { actor: analyst },
    );
    const used = before.data!.myApiTokens.find((token) => token.id === made.token.id)!;
    expect(Date.now() - Date.parse(used.lastUsedAt)).toBeLessThan(60_000);

    const revoked = await engagement.execute<{ revokeApiToken: { active: boolean } }>(REVOKE, {
      variables: { id: made.token.id },
      actor: analyst,
    });
    expect(revoked.data!.revokeApiToken.active).toBe(false);
    await expect(holderOf(made.secret)).resolves.toBeNull();
  });

  it('can be revoked by an admin, but not by another analyst or an officer', async () => {
    const made = await createToken(admin, 'Admin’s');
    for (const actor of [analyst, castleOfficer]) {
      const result = await engagement.execute(REVOKE, { variables: { id: made.token.id }, actor });
      expect(errorCodeOf(result)).toBe('FORBIDDEN');
    }
    const mine = await createToken(analyst, 'Analyst’s');
    const byAdmin = await engagement.execute(REVOKE, {
      variables: { id: mine.token.id },
      actor: admin,
    });
    expect(byAdmin.errors).toBeUndefined();
    await expect(holderOf(mine.secret)).resolves.toBeNull();
  });

  it('stops working when it expires, when the account is disabled, or its owner is no longer an analyst; a role change applies at once', async () => {
    const em = engagement.orm.em.fork();
    const account = em.create(StaffAccount, {
      id: crypto.randomUUID(),
      email: 'temp-analyst@demo.police.uk',
      name: 'Tem Porary',
      role: 'ANALYST',
      passwordHash: 'not used',
    });
    await em.flush();
    const actor: Actor = { kind: 'staff', id: account.id, name: account.name, role: 'ANALYST' };
    const made = await createToken(actor, 'Changes');

    await em.nativeUpdate(StaffAccount, { id: account.id }, { role: 'ADMIN' });
    await expect(holderOf(made.secret)).resolves.toMatchObject({ role: 'ADMIN' });

    await em.nativeUpdate(StaffAccount, { id: account.id }, { role: 'REVIEWER' });
    await expect(holderOf(made.secret)).resolves.toBeNull();

    await em.nativeUpdate(StaffAccount, { id: account.id }, { role: 'ANALYST' });
    await expect(holderOf(made.secret)).resolves.toMatchObject({ role: 'ANALYST' });
    await em.nativeUpdate(StaffAccount, { id: account.id }, { disabledAt: new Date() });
    await expect(holderOf(made.secret)).resolves.toBeNull();

    const expiring = await createToken(analyst, 'Expiring', 1);
    await em
      .getConnection()
      .execute(
        `update engagement.api_token set expires_at = now() - interval '1 second' where id = ?`,
        [expiring.token.id],
      );
    await expect(holderOf(expiring.secret)).resolves.toBeNull();
  });

  it('knows no secret it did not give out', async () => {
    await expect(holderOf(`nlk_${'A'.repeat(43)}`)).resolves.toBeNull();
    await expect(holderOf('eyJhbGciOiJIUzI1NiJ9.e30.x')).resolves.toBeNull();
  });
});

describe('the gateway-only operations', () => {
  it('refuse everyone but the gateway itself: the portal, staff and the public', async () => {
    const made = await createToken(admin, 'Probe');
    const use = {
      tokenId: made.token.id,
      operationName: 'Probe',
      cost: 1,
      durationMs: 1,
      at: new Date().toISOString(),
      outcome: 'OK',
    };
    for (const actor of [undefined, PORTAL_SERVICE, admin, analyst]) {
      const holder = await engagement.execute(HOLDER, {
        variables: { secret: made.secret },
        ...(actor ? { actor } : {}),
      });
      expect(errorCodeOf(holder)).toBe('FORBIDDEN');
      const record = await engagement.execute(RECORD, {
        variables: { use },
        ...(actor ? { actor } : {}),
      });
      expect(errorCodeOf(record)).toBe('FORBIDDEN');
    }
  });
});

describe('the audit log', () => {
  it('shows an admin each recorded request, newest first, by token, a page at a time', async () => {
    const made = await createToken(analyst, 'Audited');
    const start = Date.now() - 10_000;
    for (const [index, outcome] of ['OK', 'REFUSED', 'OK'].entries()) {
      const { errors } = await engagement.execute(RECORD, {
        variables: {
          use: {
            tokenId: made.token.id,
            operationName: `Query${index}`,
            cost: 100 + index,
            durationMs: 20,
            at: new Date(start + index * 1000).toISOString(),
            outcome,
          },
        },
        actor: GATEWAY_SERVICE,
      });
      expect(errors).toBeUndefined();
    }

    type Page = {
      apiTokenUses: {
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string;
        nodes: { operationName: string; outcome: string; staffName: string; tokenName: string }[];
      };
    };
    const first = await engagement.execute<Page>(USES, {
      variables: { tokenId: made.token.id, first: 2 },
      actor: admin,
    });
    expect(first.data!.apiTokenUses).toMatchObject({ totalCount: 3, hasNextPage: true });
    expect(first.data!.apiTokenUses.nodes).toMatchObject([
      { operationName: 'Query2', outcome: 'OK', staffName: 'Daniel Novak', tokenName: 'Audited' },
      { operationName: 'Query1', outcome: 'REFUSED' },
    ]);
    const second = await engagement.execute<Page>(USES, {
      variables: { tokenId: made.token.id, first: 2, after: first.data!.apiTokenUses.endCursor },
      actor: admin,
    });
    expect(second.data!.apiTokenUses.hasNextPage).toBe(false);
    expect(second.data!.apiTokenUses.nodes.map((node) => node.operationName)).toEqual(['Query0']);

    const byAnalyst = await engagement.execute(USES, { actor: analyst });
    expect(errorCodeOf(byAnalyst)).toBe('FORBIDDEN');
  });
});
