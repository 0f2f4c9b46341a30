import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  InvalidTokenError,
  signAccessToken,
  signForwardedCaller,
  verifyAccessClaims,
  verifyAccessToken,
  verifyForwardedCaller,
  type Actor,
} from '../src/auth/index.ts';

const secret = 'a'.repeat(64);
const officer: Actor = {
  kind: 'staff',
  id: 's-1',
  name: 'PC Amira Patel',
  role: 'OFFICER',
  neighbourhoodId: 'n-1',
};

const caller = { actor: officer, client: 'portal:abc' };

describe('access tokens and forwarded callers', () => {
  it('carry the actor and client from signer to verifier unchanged', async () => {
    await expect(
      verifyAccessToken(await signAccessToken(officer, secret), secret),
    ).resolves.toEqual(officer);
    await expect(
      verifyAccessClaims(await signAccessToken(officer, secret, 'abc'), secret),
    ).resolves.toEqual({ actor: officer, client: 'abc' });
    await expect(
      verifyForwardedCaller(
        await signForwardedCaller(caller, secret, 'surveys'),
        secret,
        'surveys',
      ),
    ).resolves.toEqual(caller);
  });

  it('cannot be swapped for each other even under the same secret', async () => {
    await expect(
      verifyForwardedCaller(await signAccessToken(officer, secret, 'abc'), secret, 'surveys'),
    ).rejects.toThrow(InvalidTokenError);
  });

  it('are signed for one subgraph: another subgraph refuses it', async () => {
    const forSurveys = await signForwardedCaller(caller, secret, 'surveys');
    await expect(verifyForwardedCaller(forSurveys, secret, 'newsletters')).rejects.toThrow(
      InvalidTokenError,
    );
  });

  it('expire within seconds when forwarded, so a captured one is soon worthless', async () => {
    const token = await signForwardedCaller(caller, secret, 'engagement');
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(30);
  });

  it('refuse an officer without a team, as no real officer lacks one', async () => {
    const token = await new SignJWT({
      actor: { kind: 'staff', id: 's', name: 'n', role: 'OFFICER' },
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('engage-portal')
      .setAudience('engage-gateway')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyAccessToken(token, secret)).rejects.toThrow(/not describe a valid actor/);
  });

  it('say so when they have expired', async () => {
    const token = await new SignJWT({ actor: { kind: 'anonymous' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('engage-portal')
      .setAudience('engage-gateway')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyAccessToken(token, secret)).rejects.toThrow(/expired/);
  });
});
