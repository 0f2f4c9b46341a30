import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway, GatewayError } from '#lib/server/gateway.ts';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../../test/settings.ts';
import { load } from './+page.server.ts';

const gateway = fakeGateway();

/** Just what this load function reads from its event. */
function event(slug: string) {
  const locals = {
    actor: ANONYMOUS,
    gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
  };
  return { locals, params: { slug } } as unknown as Parameters<typeof load>[0];
}

const castle = {
  id: 'n1',
  slug: 'castle',
  name: 'Castle',
  policingArea: { id: 'a1', slug: 'city', name: 'City Centre' },
  confidence: { score: 52.5, responses: 1234, round: 'May 2026' },
  latestNewsletter: { title: 'Your team in May', publishedAt: '2026-05-04T09:00:00.000Z' },
};

describe('the neighbourhood page', () => {
  it('loads the neighbourhood, its area, confidence and newsletter in one anonymous query', async () => {
    gateway.reply(() => data({ neighbourhood: castle }));

    const result = await load(event('castle'));

    expect(result).toEqual({ neighbourhood: castle });
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.variables).toEqual({ slug: 'castle' });
    expect(gateway.calls[0]?.actor).toBeUndefined();
    expect(gateway.calls[0]?.query).toMatch(/confidence[\s\S]*latestNewsletter/);
  });

  it('shows a neighbourhood with no survey results or newsletter yet', async () => {
    const quiet = { ...castle, confidence: null, latestNewsletter: null };
    gateway.reply(() => data({ neighbourhood: quiet }));

    expect(await load(event('castle'))).toEqual({ neighbourhood: quiet });
  });

  it('answers 404 for a slug no neighbourhood has', async () => {
    gateway.reply(() => data({ neighbourhood: null }));

    const thrown = await load(event('atlantis')).catch((error: unknown) => error);

    expect(isHttpError(thrown, 404)).toBe(true);
  });

  it('lets a gateway failure through, for the error page to show without details', async () => {
    gateway.reply(() => graphQLError('surveys subgraph timed out', 'INTERNAL_SERVER_ERROR'));

    await expect(load(event('castle'))).rejects.toBeInstanceOf(GatewayError);
  });
});
