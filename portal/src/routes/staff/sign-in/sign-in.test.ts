import { describe, expect, it, vi } from 'vitest';
import { HttpResponse } from 'msw';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { ANONYMOUS, PORTAL_SERVICE } from '@engage/shared/auth';
import { decode } from '@auth/core/jwt';
import { data, fakeGateway } from '../../../../test/fake-gateway.ts';
import { AUTH_SECRET } from '../../../../test/settings.ts';
import { actions } from './+page.server.ts';

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

async function submit(fields: Record<string, string>) {
  const { event, jar } = post(fields);
  const outcome = await actions.default(event).catch((thrown: unknown) => ({ thrown }));
  return { outcome, jar };
}

const officer = {
  id: 'officer-1',
  name: 'PC Sam Patel',
  role: 'OFFICER',
  neighbourhoodId: 'castle',
  policingAreaId: null,
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

  it("checks the password through the gateway as the portal's service identity", async () => {
    gateway.reply(() => data({ authenticateStaff: null }));

    await submit({ email: 'officer@demo.police.uk', password: 'demo-password' });

    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.actor).toEqual(PORTAL_SERVICE);
    expect(gateway.calls[0]?.variables).toEqual({
      email: 'officer@demo.police.uk',
      password: 'demo-password',
    });
  });

  it('signs in with the right password: the actor in the session cookie, and a 303 to the staff home', async () => {
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
    expect(session?.['actor']).toEqual({
      kind: 'staff',
      id: 'officer-1',
      name: 'PC Sam Patel',
      role: 'OFFICER',
      neighbourhoodId: 'castle',
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
