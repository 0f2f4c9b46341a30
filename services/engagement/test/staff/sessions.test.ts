import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD, PORTAL_SERVICE, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { StaffAccount } from '../../src/modules/staff/staff-account.entity.ts';
import { hashPassword } from '../../src/modules/staff/password.ts';
import { startSession, staffForSession } from '../../src/modules/staff/staff-sessions.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const SIGN_IN = `mutation($email: String!, $password: String!) {
  authenticateStaff(email: $email, password: $password) { token }
}`;
const SESSION = `query($token: String!) { staffSession(token: $token) { email role neighbourhoodId } }`;
const END = `mutation($token: String!) { endStaffSession(token: $token) }`;

async function signIn(email: string): Promise<string> {
  const { data } = await engagement.execute<{ authenticateStaff: { token: string } }>(SIGN_IN, {
    variables: { email, password: DEMO_STAFF_PASSWORD },
    actor: PORTAL_SERVICE,
    client: `desk-of-${email}`,
  });
  return data!.authenticateStaff.token;
}

async function sessionOf(token: string) {
  const { data, errors } = await engagement.execute<{
    staffSession: { email: string; role: string; neighbourhoodId: string | null } | null;
  }>(SESSION, { variables: { token }, actor: PORTAL_SERVICE });
  expect(errors).toBeUndefined();
  return data?.staffSession ?? null;
}

/** An account of its own, so changing it disturbs no other test. */
async function newAccount(email: string): Promise<StaffAccount> {
  const em = engagement.orm.em.fork();
  const account = em.create(StaffAccount, {
    id: crypto.randomUUID(),
    email,
    name: 'Jo Test',
    role: 'REVIEWER',
    passwordHash: await hashPassword(DEMO_STAFF_PASSWORD),
  });
  await em.flush();
  return account;
}

const minutes = (count: number) => count * 60_000;

describe('a staff session', () => {
  it('names the member of staff who signed in, until they sign out; then the token is worth nothing', async () => {
    const token = await signIn('officer@demo.police.uk');
    await expect(sessionOf(token)).resolves.toEqual({
      email: 'officer@demo.police.uk',
      role: 'OFFICER',
      neighbourhoodId: DEMO_FORCE[0]!.neighbourhoods[0]!.id,
    });

    const { data } = await engagement.execute(END, { variables: { token }, actor: PORTAL_SERVICE });
    expect(data).toEqual({ endStaffSession: true });

    await expect(sessionOf(token)).resolves.toBeNull();
  });

  it('knows no token it did not give out', async () => {
    await expect(sessionOf('A'.repeat(43))).resolves.toBeNull();
  });

  it('ends after 30 minutes without a request', async () => {
    const em = engagement.orm.em.fork();
    const account = await newAccount('idle@demo.police.uk');
    const start = new Date('2026-12-01T09:00:00Z');
    const token = await startSession(em, account, start);

    await expect(staffForSession(em, token, new Date(+start + minutes(29)))).resolves.toBeTruthy();
    const later = +start + minutes(29);
    await expect(staffForSession(em, token, new Date(later + minutes(30)))).resolves.toBeNull();
  });

  it('stays alive while used, but ends 12 hours after signing in whatever happens', async () => {
    const em = engagement.orm.em.fork();
    const account = await newAccount('busy@demo.police.uk');
    const start = new Date('2026-12-01T07:00:00Z');
    const token = await startSession(em, account, start);

    for (let elapsed = minutes(20); elapsed < minutes(12 * 60); elapsed += minutes(20)) {
      await expect(staffForSession(em, token, new Date(+start + elapsed))).resolves.toBeTruthy();
    }
    await expect(
      staffForSession(em, token, new Date(+start + minutes(12 * 60))),
    ).resolves.toBeNull();
  });

  it('carries a role change at the next request', async () => {
    const account = await newAccount('promoted@demo.police.uk');
    const token = await signIn(account.email);
    await expect(sessionOf(token)).resolves.toMatchObject({ role: 'REVIEWER' });

    await engagement.orm.em
      .fork()
      .nativeUpdate(StaffAccount, { id: account.id }, { role: 'ANALYST' });

    await expect(sessionOf(token)).resolves.toMatchObject({ role: 'ANALYST' });
  });

  it('ends when the account is disabled or deleted, and a disabled account cannot sign in again', async () => {
    const disabled = await newAccount('leaver@demo.police.uk');
    const deleted = await newAccount('deleted@demo.police.uk');
    const [disabledToken, deletedToken] = [
      await signIn(disabled.email),
      await signIn(deleted.email),
    ];
    const em = engagement.orm.em.fork();

    await em.nativeUpdate(StaffAccount, { id: disabled.id }, { disabledAt: new Date() });
    await em.nativeDelete(StaffAccount, { id: deleted.id });

    await expect(sessionOf(disabledToken)).resolves.toBeNull();
    await expect(sessionOf(deletedToken)).resolves.toBeNull();
    const again = await engagement.execute(SIGN_IN, {
      variables: { email: disabled.email, password: DEMO_STAFF_PASSWORD },
      actor: PORTAL_SERVICE,
    });
    expect(again.data).toEqual({ authenticateStaff: null });
  });

  it('keeps only a hash of the token', async () => {
    const token = await signIn('analyst@demo.police.uk');
    const rows = await engagement.orm.em
      .fork()
      .execute<{ token_hash: string }[]>('select token_hash from engagement.staff_session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('is read and ended by the portal only: anonymous callers and staff are refused', async () => {
    const token = await signIn('admin@demo.police.uk');
    const admin: Actor = { kind: 'staff', id: 'x', name: 'x', role: 'ADMIN' };
    for (const actor of [undefined, admin]) {
      for (const query of [SESSION, END]) {
        const { errors } = await engagement.execute(query, { variables: { token }, actor });
        expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      }
    }
    await expect(sessionOf(token)).resolves.toMatchObject({ role: 'ADMIN' });
  });
});
