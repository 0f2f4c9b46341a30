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
  description: 'The castle, the cathedral and the streets around them.',
  policingArea: { id: 'a1', slug: 'city', name: 'City Centre' },
  officers: [
    {
      id: 'o1',
      name: 'Sgt Priya Khan',
      role: 'Sergeant',
      bio: 'Priya leads the team.',
      photoUrl: '/demo-officers/officer-1.svg',
    },
    { id: 'o2', name: 'PCSO Marek Novak', role: 'PCSO', bio: null, photoUrl: null },
  ],
  coverage: [
    { name: 'Castle', kind: 'WARD' },
    { name: 'Westcotes', kind: 'WARD' },
  ],
  postcodeSectors: ['LE1 1', 'LE1 2', 'LE1 3'],
  profile: {
    population: 12345,
    deprivationDecile: 2,
    ageBands: [
      { group: '0–15', share: 18.5 },
      { group: '16–24', share: 81.5 },
    ],
    ethnicity: [{ group: 'White', share: 100 }],
    mainLanguages: ['English', 'Gujarati'],
    isDemoData: true,
  },
  confidence: { score: 52.5, responses: 1234, round: 'May 2026' },
  latestNewsletter: { title: 'Your team in May', publishedAt: '2026-05-04T09:00:00.000Z' },
};

describe('the neighbourhood page', () => {
  it('loads the neighbourhood, its area, confidence and newsletter in one anonymous query', async () => {
    gateway.reply((call) =>
      call.query.includes('TeamPolls') ? data({ polls: [] }) : data({ neighbourhood: castle }),
    );

    const result = await load(event('castle'));

    expect(result).toEqual({ neighbourhood: castle, polls: [] });
    // The second call is the team's open quick polls (surveys), which need the team's id.
    expect(gateway.calls).toHaveLength(2);
    expect(gateway.calls[0]?.variables).toEqual({ slug: 'castle' });
    expect(gateway.calls[0]?.actor).toBeUndefined();
    expect(gateway.calls[0]?.query).toMatch(
      /officers[\s\S]*coverage[\s\S]*postcodeSectors[\s\S]*profile[\s\S]*confidence[\s\S]*latestNewsletter/,
    );
  });

  it('shows a neighbourhood with no description, profile, survey results or newsletter yet', async () => {
    const quiet = {
      ...castle,
      description: null,
      profile: null,
      confidence: null,
      latestNewsletter: null,
    };
    gateway.reply((call) =>
      call.query.includes('TeamPolls')
        ? graphQLError('surveys is down', 'INTERNAL_SERVER_ERROR')
        : data({ neighbourhood: quiet }),
    );

    expect(await load(event('castle'))).toEqual({ neighbourhood: quiet, polls: [] });
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
