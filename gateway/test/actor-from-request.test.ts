import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signAccessToken, signForwardedActor, type Actor } from '@engage/shared/auth';
import { testSecret } from '@engage/shared/testing';
import { actorFromRequest } from '../src/actor-from-request.ts';

const secret = testSecret();
const request = (authorization?: string) =>
  ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;
const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'Daniel Novak', role: 'ANALYST' };

describe('who the gateway thinks is calling', () => {
  it('is anonymous when no token is sent', async () => {
    await expect(actorFromRequest(request(), secret)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('is the member of staff named in a valid access token', async () => {
    const token = await signAccessToken(analyst, secret);
    await expect(actorFromRequest(request(`Bearer ${token}`), secret)).resolves.toEqual(analyst);
  });

  it('is refused, not treated as anonymous, when the token is forged', async () => {
    const forged = await signAccessToken(analyst, testSecret());
    await expect(actorFromRequest(request(`Bearer ${forged}`), secret)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a subgraph signature replayed as an access token', async () => {
    const replayed = await signForwardedActor(analyst, secret);
    await expect(actorFromRequest(request(`Bearer ${replayed}`), secret)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('explains the expected header format when it is malformed', async () => {
    await expect(actorFromRequest(request('Token abc'), secret)).rejects.toThrow(/Bearer <token>/);
  });
});
