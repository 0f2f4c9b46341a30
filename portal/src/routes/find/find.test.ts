import { describe, expect, it, vi } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway } from '#lib/server/gateway.ts';
import { data, fakeGateway } from '../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../test/settings.ts';
import { load, type FindPage } from './+page.server.ts';
import FindPageView from './+page.svelte';

const gateway = fakeGateway();

// Rendering the page outside a running app: SvelteKit's resolve() needs its generated manifest.
vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

/** Just what this load function reads from its event: the address and the gateway. */
function event(search: string) {
  const locals = {
    actor: ANONYMOUS,
    gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
  };
  const url = new URL(`http://portal.test/find${search}`);
  return { locals, url } as unknown as Parameters<typeof load>[0];
}

async function outcome(search: string): Promise<unknown> {
  return load(event(search)).catch((thrown: unknown) => thrown);
}

const policingAreas = [
  {
    id: 'a1',
    slug: 'city-centre',
    name: 'City Centre',
    neighbourhoods: [{ id: 'n1', slug: 'castle', name: 'Castle' }],
  },
  {
    id: 'a2',
    slug: 'charnwood',
    name: 'Charnwood',
    neighbourhoods: [{ id: 'n2', slug: 'shepshed', name: 'Shepshed' }],
  },
];

function found(findNeighbourhood: Record<string, unknown>) {
  gateway.reply(() => data({ findNeighbourhood, policingAreas }));
}

/** The /find page as the server renders it for a visitor without JavaScript. */
function html(page: FindPage): string {
  return render(FindPageView, { props: { data: page, params: {} } as never }).body;
}

describe('finding a neighbourhood team by postcode', () => {
  it('sends a matched postcode to its team page with a 303, as typed, in one anonymous query', async () => {
    found({
      __typename: 'PostcodeMatch',
      postcode: 'LE1 2AB',
      neighbourhood: { slug: 'castle' },
    });

    const thrown = await outcome('?postcode=le12ab');

    expect(isRedirect(thrown) && { status: thrown.status, location: thrown.location }).toEqual({
      status: 303,
      location: '/neighbourhoods/castle',
    });
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.variables).toEqual({ postcode: 'le12ab' });
    expect(gateway.calls[0]?.actor).toBeUndefined();
  });

  it('answers 400 with the reason for a malformed postcode, keeping what was typed', async () => {
    found({ __typename: 'InvalidPostcode', reason: 'MALFORMED' });

    const thrown = await outcome('?postcode=LE1%20%3F%3F');

    expect(isHttpError(thrown, 400)).toBe(true);
    expect(isHttpError(thrown) && thrown.body.invalidPostcode).toEqual({
      value: 'LE1 ??',
      reason: 'MALFORMED',
    });
  });

  it('answers 400 "empty" when the form is sent with nothing in it', async () => {
    found({ __typename: 'InvalidPostcode', reason: 'EMPTY' });

    const thrown = await outcome('?postcode=');

    expect(isHttpError(thrown) && thrown.body.invalidPostcode).toEqual({
      value: '',
      reason: 'EMPTY',
    });
  });

  it('refuses something far too long to be a postcode without asking the gateway', async () => {
    const thrown = await outcome(`?postcode=${'A'.repeat(500)}`);

    expect(isHttpError(thrown, 400) && thrown.body.invalidPostcode?.reason).toBe('MALFORMED');
    expect(gateway.calls).toHaveLength(0);
  });

  it('lists every area and neighbourhood for a real postcode no team covers', async () => {
    found({ __typename: 'PostcodeNotFound', postcode: 'SW1A 1AA', lookupUnavailable: false });

    const page = await load(event('?postcode=sw1a1aa'));

    expect(page).toEqual({
      kind: 'not-found',
      typed: 'sw1a1aa',
      postcode: 'SW1A 1AA',
      lookupUnavailable: false,
      policingAreas,
    });
    const body = html(page);
    expect(body).toContain('We could not find a neighbourhood team for SW1A 1AA.');
    expect(body).toContain('href="/neighbourhoods/shepshed"');
    expect(body).toContain('href="/areas/charnwood"');
    expect(body).not.toContain('Try again later');
  });

  it('says "try again later" only when the lookup service was down, and still lists the areas', async () => {
    found({ __typename: 'PostcodeNotFound', postcode: 'LE99 9ZZ', lookupUnavailable: true });

    const page = await load(event('?postcode=LE99+9ZZ'));

    expect(page).toMatchObject({ kind: 'not-found', lookupUnavailable: true });
    const body = html(page);
    expect(body).toContain(
      'We could not check that postcode just now. Try again later, or choose your area below.',
    );
    expect(body).not.toContain('We could not find');
    expect(body).toContain('href="/neighbourhoods/castle"');
  });

  it('shows just the form, without asking the gateway, when no postcode was sent', async () => {
    const page = await load(event(''));

    expect(page).toEqual({ kind: 'form' });
    expect(gateway.calls).toHaveLength(0);
    const body = html(page);
    expect(body).toContain('autocomplete="postal-code"');
    expect(body).toContain('action="/find"');
  });
});
