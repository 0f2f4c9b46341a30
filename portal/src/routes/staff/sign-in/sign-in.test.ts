import { describe, expect, it, vi } from 'vitest';
import { HttpResponse } from 'msw';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { ANONYMOUS, PORTAL_SERVICE } from '@engage/shared/auth';
import { decode } from '@auth/core/jwt';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { AUTH_SECRET } from '../../../../test/settings.ts';
import { visitorClient } from '#lib/staff/sessions.server.ts';
import { actions, load } from './+page.server.ts';

const gateway = fakeGateway();

/** A POST of the sign-in form, as SvelteKit hands it to the action, with a cookie jar to inspect. */
function post(fields: Record<string, string>) {
  const request = new Request('http://portal.test/staff/sign-in', {
    method: 'POST',
    headers: { host: 'portal.test', origin: 'http://portal.test' },
    body: new URLSearchParams(fields),
  });
  const jar = new Map<string, string>();
  const cookies = {
    get: (name: string) => jar.get(name),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
    serialize: () => '',
  };
  const event = { request, url: new URL(request.url), cookies, locals: { actor: ANONYMOUS } };
  return { event: event as unknown as RequestEvent & Parameters<typeof actions.default>[0], jar };
}

/** The client key hooks.server.ts derives for this visitor's address. */
const VISITOR = 'visitor-client-key';

async function submit(fields: Record<string, string>) {
  const { event, jar } = post(fields);
  const outcome = await visitorClient.run(VISITOR, () =>
    actions.default(event).catch((thrown: unknown) => ({ thrown })),
  );
  return { outcome, jar };
}

const officer = {
  token: 'the-session-token',
  staff: {
    id: 'officer-1',
    name: 'PC Sam Patel',
    role: 'OFFICER',
    neighbourhoodId: 'castle',
    policingAreaId: null,
  },
};

describe('signing in to the staff area', () => {
  it('asks for both fields when the form is sent empty, without asking the gateway', async () => {
    const { outcome } = await submit({ email: '', password: '' });

    expect(outcome).toMatchObject({
      status: 400,
      data: {
        values: { email: '' },
        errors: { email: 'email_missing', password: 'password_missing' },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('refuses an email address without an @, and keeps what was typed', async () => {
    const { outcome } = await submit({ email: 'sam.patel', password: 'demo-password' });

    expect(outcome).toMatchObject({
      status: 400,
      data: { values: { email: 'sam.patel' }, errors: { email: 'email_invalid' } },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('says the email or password is wrong, keeps the email, and never sends the password back', async () => {
    gateway.reply(() => data({ authenticateStaff: null }));

    const { outcome, jar } = await submit({
      email: ' officer@demo.police.uk ',
      password: 'wrong-password',
    });

    expect(outcome).toEqual({
      status: 400,
      data: { values: { email: 'officer@demo.police.uk' }, errors: { email: 'credentials_wrong' } },
    });
    expect(JSON.stringify(outcome)).not.toContain('wrong-password');
    expect([...jar.keys()].some((name) => name.includes('session-token'))).toBe(false);
  });

  it("checks the password through the gateway as the portal's service identity, for the visitor's browser", async () => {
    gateway.reply(() => data({ authenticateStaff: null }));

    await submit({ email: 'officer@demo.police.uk', password: 'demo-password' });

    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.actor).toEqual(PORTAL_SERVICE);
    // The service throttles per visitor: the portal's own key would make every visitor one.
    expect(gateway.calls[0]?.client).toBe(VISITOR);
    expect(gateway.calls[0]?.variables).toEqual({
      email: 'officer@demo.police.uk',
      password: 'demo-password',
    });
  });

  it('signs in with the right password: only the session token in the cookie, and a 303 to the staff home', async () => {
    gateway.reply(() => data({ authenticateStaff: officer }));

    const { outcome, jar } = await submit({
      email: 'officer@demo.police.uk',
      password: 'demo-password',
    });

    const thrown = 'thrown' in outcome ? outcome.thrown : undefined;
    expect(isRedirect(thrown) && { status: thrown.status, location: thrown.location }).toEqual({
      status: 303,
      location: '/staff',
    });
    const session = await decode({
      token: jar.get('authjs.session-token'),
      secret: AUTH_SECRET,
      salt: 'authjs.session-token',
    });
    // No role, team or name to go stale: the service is asked who the token is on each request.
    expect(session).toMatchObject({ sessionToken: 'the-session-token' });
    expect(JSON.stringify(session)).not.toMatch(/OFFICER|castle|Sam Patel|officer@demo/);
  });

  it('says how long to wait after too many attempts, and nothing about the password', async () => {
    gateway.reply(() =>
      HttpResponse.json({
        data: null,
        errors: [
          {
            message: 'Too many attempts. Try again in 14 minutes.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 801 },
          },
        ],
      }),
    );

    const { outcome, jar } = await submit({
      email: 'officer@demo.police.uk',
      password: 'demo-password',
    });

    expect(outcome).toEqual({
      status: 429,
      data: { values: { email: 'officer@demo.police.uk' }, errors: {}, waitMinutes: 14 },
    });
    expect([...jar.keys()].some((name) => name.includes('session-token'))).toBe(false);
  });

  it('refuses to check a password for no visitor in particular', async () => {
    gateway.reply(() => graphQLError('should not be asked', 'INTERNAL'));
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    const { event } = post({ email: 'officer@demo.police.uk', password: 'demo-password' });

    const outcome = await actions.default(event);

    stderr.mockRestore();
    expect(outcome).toMatchObject({ status: 503 });
    expect(gateway.calls).toHaveLength(0);
  });
});

describe("coming back from Auth.js's own sign-in route", () => {
  const problemAt = (query: string) => {
    const url = new URL(`http://portal.test/staff/sign-in?${query}`);
    const event = { url, locals: { actor: ANONYMOUS } };
    return (load(event as unknown as Parameters<typeof load>[0]) as { authJsProblem: unknown })
      .authJsProblem;
  };

  it('says how long to wait when it was throttled, and that the details were wrong otherwise', () => {
    expect(problemAt('error=CredentialsSignin&code=too_many_attempts_15')).toEqual({
      kind: 'too_many_attempts',
      minutes: 15,
    });
    expect(problemAt('error=CredentialsSignin&code=credentials')).toEqual({
      kind: 'credentials_wrong',
    });
    expect(problemAt('')).toBeNull();
  });

  it('does not repeat a wait from a crafted link that no lock gives', () => {
    expect(problemAt('error=CredentialsSignin&code=too_many_attempts_99')).toEqual({
      kind: 'credentials_wrong',
    });
  });

  it('says signing in is not working when the gateway cannot be reached, and logs why', async () => {
    gateway.reply(() => HttpResponse.error());
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);

    const { outcome } = await submit({ email: 'officer@demo.police.uk', password: 'x' });

    expect(String(stderr.mock.calls[0]?.[0])).toContain('"code":"UNAVAILABLE"');
    stderr.mockRestore();

    expect(outcome).toEqual({
      status: 503,
      data: { values: { email: 'officer@demo.police.uk' }, errors: {}, unavailable: true },
    });
  });
});
