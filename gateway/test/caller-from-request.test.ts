import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { signAccessToken, signForwardedCaller, type Actor } from '@engage/shared/auth';
import { testSecret } from '@engage/shared/testing';
import { callerFromRequest } from '../src/caller-from-request.ts';

const secret = testSecret();
const settings = { accessSecret: secret, clientSecret: testSecret(), trustedProxyHops: 0 };
const request = (
  headers: Record<string, string> = {},
  remoteAddress = '203.0.113.7',
): IncomingMessage => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const analyst: Actor = { kind: 'staff', id: 'a-1', name: 'Daniel Novak', role: 'ANALYST' };

describe('who the gateway thinks is calling', () => {
  it('is anonymous when no token is sent', async () => {
    const caller = await callerFromRequest(request(), settings);
    expect(caller.actor).toEqual({ kind: 'anonymous' });
  });

  it('is the member of staff named in a valid access token', async () => {
    const token = await signAccessToken(analyst, secret);
    const caller = await callerFromRequest(request(bearer(token)), settings);
    expect(caller.actor).toEqual(analyst);
  });

  it('is refused, not treated as anonymous, when the token is forged', async () => {
    const forged = await signAccessToken(analyst, testSecret());
    await expect(callerFromRequest(request(bearer(forged)), settings)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a subgraph signature replayed as an access token', async () => {
    const replayed = await signForwardedCaller({ actor: analyst, client: 'x' }, secret, 'surveys');
    await expect(callerFromRequest(request(bearer(replayed)), settings)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('explains the expected header format when it is malformed', async () => {
    await expect(
      callerFromRequest(request({ authorization: 'Token abc' }), settings),
    ).rejects.toThrow(/Bearer <token>/);
  });
});

describe('which client a request counts against', () => {
  const clientOf = async (...args: Parameters<typeof request>) =>
    (await callerFromRequest(request(...args), settings)).client;

  it('is the visitor the portal vouches for in its signed token', async () => {
    const token = await signAccessToken({ kind: 'anonymous' }, secret, 'visitor-1');
    expect(await clientOf(bearer(token))).toBe('portal:visitor-1');
  });

  it('is the connection, keyed, when nothing signed names one, and never the address itself', async () => {
    const client = await clientOf({}, '203.0.113.7');
    expect(client).toMatch(/^address:/);
    expect(client).not.toContain('203.0.113.7');
    expect(await clientOf({}, '203.0.113.8')).not.toBe(client);
  });

  it('ignores X-Forwarded-For a caller sends when no proxy is trusted', async () => {
    const direct = await clientOf({}, '203.0.113.7');
    expect(await clientOf({ 'x-forwarded-for': '198.51.100.1' }, '203.0.113.7')).toBe(direct);
    expect(await clientOf({ 'x-forwarded-for': '198.51.100.2' }, '203.0.113.7')).toBe(direct);
  });

  it('reads the address the trusted proxy saw, not one the caller put in front of it', async () => {
    const behindOne = { ...settings, trustedProxyHops: 1 };
    const viaProxy = (xff: string) =>
      callerFromRequest(request({ 'x-forwarded-for': xff }, '10.0.0.2'), behindOne);
    const honest = await viaProxy('198.51.100.1');
    const spoofed = await viaProxy('1.2.3.4, 198.51.100.1');
    expect(spoofed.client).toBe(honest.client);
  });

  it('counts a whole IPv6 /64 as one client', async () => {
    expect(await clientOf({}, '2001:db8:1:2::1')).toBe(await clientOf({}, '2001:db8:1:2:ffff::9'));
    expect(await clientOf({}, '2001:db8:1:3::1')).not.toBe(await clientOf({}, '2001:db8:1:2::1'));
  });
});

describe('an analyst’s API token at the edge', () => {
  const holder = { tokenId: 'token-1', actor: analyst };
  const withTokens = {
    ...settings,
    apiTokens: {
      holderOf: async (secret: string) => (secret === 'nlk_good' ? holder : null),
    },
  };

  it('acts as its owner and counts as a client of its own, whatever the address', async () => {
    const caller = await callerFromRequest(request(bearer('nlk_good')), withTokens);
    expect(caller).toEqual({
      actor: analyst,
      client: 'token:token-1',
      apiToken: { id: 'token-1' },
    });
  });

  it('is refused when the directory does not know it, and is never read as an access token', async () => {
    await expect(
      callerFromRequest(request(bearer('nlk_revoked')), withTokens),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(callerFromRequest(request(bearer('nlk_good')), settings)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an access token that claims to be the gateway itself', async () => {
    const forged = await signAccessToken({ kind: 'service', service: 'gateway' }, secret);
    await expect(callerFromRequest(request(bearer(forged)), settings)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
