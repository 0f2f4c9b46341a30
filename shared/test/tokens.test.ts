import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  InvalidTokenError,
  signAccessToken,
  signForwardedActor,
  verifyAccessToken,
  verifyForwardedActor,
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

describe('access tokens and forwarded actors', () => {
  it('carry the actor from signer to verifier unchanged', async () => {
    await expect(
      verifyAccessToken(await signAccessToken(officer, secret), secret),
    ).resolves.toEqual(officer);
    await expect(
      verifyForwardedActor(await signForwardedActor(officer, secret), secret),
    ).resolves.toEqual(officer);
  });

  it('cannot be swapped for each other even under the same secret', async () => {
    await expect(
      verifyForwardedActor(await signAccessToken(officer, secret), secret),
    ).rejects.toThrow(InvalidTokenError);
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
